using System.Diagnostics;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// The request id that error pages show and logs record: the W3C trace id of the request's activity when there is one.
/// </summary>
public static class RequestIds
{
    public static string Of(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}

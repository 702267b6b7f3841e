using System.Diagnostics;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// The request id that error pages show and logs record: the W3C traceparent id of the request's activity, or the
/// connection's trace identifier when there is no activity.
/// </summary>
public static class RequestIds
{
    public static string Of(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Limits on requests for exports and the API, counted per client IP address in fixed windows.
/// </summary>
public sealed class ExportRateLimitOptions
{
    public const string SectionName = "RateLimiting:Exports";

    /// <summary>Requests one IP address may make to limited paths in each window.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>Length of the window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}

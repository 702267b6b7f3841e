using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Rate limiting of the paths that return data in bulk, so that the contact list cannot be scraped at speed: paths that
/// start with <c>/api/</c> and paths that end in <c>.csv</c> or <c>.json</c>. Pages are not limited.
/// </summary>
public static class ExportRateLimiting
{
    public static IServiceCollection AddExportRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportRateLimitOptions>().Bind(configuration.GetSection(ExportRateLimitOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ExportRateLimitOptions>>((options, limits) =>
        {
            var permitLimit = limits.Value.PermitLimit;
            var window = TimeSpan.FromSeconds(limits.Value.WindowSeconds);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permitLimit,
                        Window = window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>True for the paths that return data in bulk.</summary>
    public static bool IsLimited(PathString path)
    {
        var value = path.Value ?? "";
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    // NOTE: behind a reverse proxy every client has the proxy's address unless forwarded headers are configured.
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; charset=utf-8";

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportRateLimiting).FullName!);
        HardeningLog.RateLimited(logger, RequestIds.Of(context), context.Request.Path.Value ?? "", seconds);
        await context.Response.WriteAsync(
            $"Too many requests for exports and the API from your address. Wait {seconds} seconds and try again.", cancellationToken);
    }
}

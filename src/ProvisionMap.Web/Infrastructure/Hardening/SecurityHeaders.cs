namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Adds the security headers to every response, error pages and rate-limit responses included.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Allows scripts, styles, fonts and images only from the site itself, so inline script, inline style attributes and
    /// third-party origins are blocked. Bootstrap's CSS draws some icons as data: URIs, hence <c>img-src data:</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set when the response starts, because the exception handler clears the headers before it re-executes.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
}

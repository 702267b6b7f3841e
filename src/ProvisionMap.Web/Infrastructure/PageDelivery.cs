using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// How pages and static files reach the browser: static files from the build output in every environment, and
/// compression of the pages the site renders.
/// </summary>
public static class PageDelivery
{
    // The configuration key MapStaticAssets reads to decide whether to watch wwwroot for edits at run time.
    private const string ReloadStaticAssetsKey = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// Serves static files outside Development the way a published site does, and registers Brotli and gzip
    /// compression for rendered pages.
    /// </summary>
    /// <remarks>
    /// MapStaticAssets finds wwwroot files and their build-time .gz copies through the static web assets manifest of
    /// the build output, which ASP.NET Core reads only in Development. Without it, a Production run of a build
    /// (<c>dotnet run --no-launch-profile</c>, or a test host) served every CSS file with an empty body. With a build
    /// manifest, MapStaticAssets also watches wwwroot for edits: it turns browser caching off and, for a file it
    /// detects as changed, gzips it again on each request without compressing (232 KB for Bootstrap). Outside
    /// Development the site turns that watching off, so browsers get the build-time .gz (31 KB) and cache headers.
    /// Published output has no build manifest, so neither setting changes a published site.
    /// </remarks>
    public static WebApplicationBuilder AddPageDelivery(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
            builder.Configuration[ReloadStaticAssetsKey] ??= "false";
        }

        builder.Services.AddResponseCompression(options =>
        {
            // Compression over HTTPS can leak a secret through response sizes (BREACH) only when a response contains a
            // secret beside text the requester controls. The pages contain no secret: no antiforgery token, no session
            // data. Review this if a page gains one.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);

        // A startup filter puts the middleware first in the pipeline, so that error pages are compressed too.
        // Static files already carry Content-Encoding from MapStaticAssets when the browser accepts gzip, and the
        // middleware leaves those alone.
        builder.Services.AddTransient<IStartupFilter, CompressionStartupFilter>();
        return builder;
    }

    private sealed class CompressionStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseResponseCompression();
            next(app);
        };
    }
}

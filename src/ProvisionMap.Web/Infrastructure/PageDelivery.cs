using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// How pages and static files reach the browser: build-time compressed static files outside Development, and
/// compression of the pages the site renders.
/// </summary>
public static class PageDelivery
{
    // The configuration key MapStaticAssets reads to decide whether to watch wwwroot for edits at run time.
    private const string ReloadStaticAssetsKey = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// Serves the build-time compressed copies of static files outside Development, and registers Brotli and gzip
    /// compression for rendered pages.
    /// </summary>
    /// <remarks>
    /// Program.cs enables static web assets in every environment, so that MapStaticAssets finds wwwroot files and their
    /// build-time .gz copies through the build output's manifest. With a build manifest, MapStaticAssets also watches
    /// wwwroot for edits: it turns browser caching off and, for a file it detects as changed, gzips it again on each
    /// request without compressing (232 KB for Bootstrap). Outside Development the site turns that watching off, so
    /// browsers get the build-time .gz (31 KB) and cache headers. Published output has no build manifest, so this
    /// setting changes nothing there.
    /// </remarks>
    public static WebApplicationBuilder AddPageDelivery(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
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

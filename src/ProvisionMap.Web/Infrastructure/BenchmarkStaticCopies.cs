using Microsoft.Extensions.FileProviders;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Serves saved copies of the site's pages as static files, so that the benchmark in <c>bench/</c> can compare a
/// page with the cost of sending the same bytes. Off unless the setting <c>Benchmark:StaticCopies</c> names a folder.
/// </summary>
public static class BenchmarkStaticCopies
{
    public const string RequestPath = "/benchmark-static";

    public static WebApplication UseBenchmarkStaticCopies(this WebApplication app)
    {
        var folder = app.Configuration["Benchmark:StaticCopies"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return app;
        }

        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The folder \"{folder}\" set by Benchmark:StaticCopies does not exist. Create it, or remove the setting.");
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
            RequestPath = RequestPath,
        });
        return app;
    }
}

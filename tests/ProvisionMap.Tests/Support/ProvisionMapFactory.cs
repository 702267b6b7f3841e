using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// Starts the site in a test host on its own temporary SQLite file, so that start-up runs the migrations and
/// imports the real provision map exactly as a first start does.
/// </summary>
public sealed class ProvisionMapFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"provisionmap-test-{Guid.NewGuid():N}.db");

    public string DatabasePath => _databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:ProvisionMap", $"Data Source={_databasePath}");

        // Tests share one client address, so the export rate limit is raised; the rate-limit tests lower it again.
        builder.UseSetting("RateLimiting:Exports:PermitLimit", "1000000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}

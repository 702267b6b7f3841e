using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// Runs the real site on Kestrel at a free 127.0.0.1 port, in the Production environment, on its own temporary
/// SQLite file. The first start imports the real data files, as <c>dotnet run</c> does on an empty database.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"provisionmap-browser-{Guid.NewGuid():N}.db");

    public SiteServer()
    {
        // With port 0 the operating system chooses a free port. Start reads the address actually bound.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The site's root address, such as http://127.0.0.1:41234, with no trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Starts the server and reads the address it bound.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:ProvisionMap", $"Data Source={_databasePath}");
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

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProvisionMap.Core.Data;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Tests the health endpoint and the error page against a served database, then against one whose provision table has
/// been dropped by another connection, and that the site itself can only read.
/// </summary>
public sealed class DatabaseFailureTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly CapturedLogs _logs = new();

    private readonly WebApplicationFactory<Program> _site;

    public DatabaseFailureTests() =>
        _site = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs)));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Healthz_ReportsHealthy()
    {
        using var response = await _site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_ReportsBrokenDatabase()
    {
        var client = _site.CreateClient();
        await DropProvisionTableAsync();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BrokenDatabase_ShowsErrorPageWithLoggedRequestId()
    {
        var client = _site.CreateClient();
        await DropProvisionTableAsync();

        using var response = await client.GetAsync("/provision?q=someone%40example.org");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.GetAsync(client, "/provision");
        var requestId = page.Document.QuerySelector("main code")?.TextContent ?? "(no request id shown)";

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, something went wrong", page.Heading);
        Assert.DoesNotContain("SqliteException", html);
        Assert.DoesNotContain("no such table", html);
        Assert.DoesNotContain(" at ProvisionMap.", html);
        var logged = _logs.Entries.Where(entry => entry.Level == LogLevel.Error && entry.Exception is not null).ToList();
        Assert.Contains(logged, entry => entry.Message.Contains(requestId, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Message.Contains("someone@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServingSite_OpensDatabaseReadOnly()
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProvisionMapDbContext>();

        var exception = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM ImportRuns"));

        Assert.Equal(8, exception.SqliteErrorCode);
        Assert.True(await db.Provisions.AnyAsync());
    }

    private async Task DropProvisionTableAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys=OFF; DROP TABLE ProvisionFocuses; DROP TABLE ProvisionAuthorities; DROP TABLE Provisions;";
        await command.ExecuteNonQueryAsync();
    }
}

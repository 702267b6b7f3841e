using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that a valid file whose write fails (here, because another connection holds the database's write lock)
/// is reported as an error and leaves the database as it was.
/// </summary>
public sealed class WriteFailureImportTests : IDisposable
{
    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task LockedDatabase_ReportsErrorAndKeepsData()
    {
        await _database.ImportRealMapAsync();
        var before = await _database.DumpAsync();

        ImportReport report;
        await using (var locker = new SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var begin = locker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();

            await using var db = _database.CreateContext(busyTimeoutSeconds: 1);
            var importer = new ProvisionMapImporter(db, NullLogger<ProvisionMapImporter>.Instance);
            report = await importer.ImportAsync(new ImportRequest(
                ImportTestDatabase.RealProvisionMapPath, ImportTestDatabase.RealAuthoritiesPath, ImportTestDatabase.RealSectionsPath));
        }

        var error = Assert.Single(report.Errors);
        Assert.False(report.Written);
        Assert.StartsWith("Writing to the database failed:", error.Message);
        Assert.Contains("Nothing was changed.", error.Message);
        Assert.Equal(before, await _database.DumpAsync());
    }
}

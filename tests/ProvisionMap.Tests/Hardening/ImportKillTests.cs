using System.Diagnostics;
using System.Net;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Kills an import process part-way through a large file while the site serves, then checks that the database still
/// contains exactly the old data, that the site still serves it, and that the next import cleans up and succeeds.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int GeneratedRows = 20_000;

    /// <summary>Size the staging file must reach before the kill, so the process is killed while it writes rows.</summary>
    private const long StagingBytesBeforeKill = 2 * 1024 * 1024;

    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-kill-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task KilledImport_KeepsOldDataServed()
    {
        var client = _factory.CreateClient();
        var before = await SnapshotAsync();
        var largeFile = Path.Combine(_folder, "large.csv");
        LargeProvisionFile.Write(largeFile, GeneratedRows);
        string stagingPath;

        using (var import = ImportProcess.Start(_factory.DatabasePath, largeFile))
        {
            stagingPath = ImportStagingFile.PathFor(_factory.DatabasePath, import.Id);
            var output = import.StandardOutput.ReadToEndAsync();
            var errors = import.StandardError.ReadToEndAsync();
            var stopwatch = Stopwatch.StartNew();
            while (!import.HasExited && StagingSize(stagingPath) < StagingBytesBeforeKill && stopwatch.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(10);
            }

            var finishedEarly = import.HasExited;
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            Assert.False(finishedEarly, $"The import finished before it could be killed; generate a larger file.\n{await output}{await errors}");
        }

        Assert.True(File.Exists(stagingPath), "The killed import left no staging file, so it was not killed while writing. Files: " +
            string.Join(", ", Directory.EnumerateFiles(Path.GetDirectoryName(stagingPath)!, Path.GetFileName(_factory.DatabasePath) + "*")));
        Assert.Equal(before, await SnapshotAsync());
        var page = await HtmlPage.GetAsync(client, "/provision");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(48, page.ProvisionRows.Count);
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var smallFile = Path.Combine(_folder, "small.csv");
        LargeProvisionFile.Write(smallFile, 30);
        using var next = ImportProcess.Start(_factory.DatabasePath, smallFile);
        var nextOutput = await next.StandardOutput.ReadToEndAsync();
        await next.WaitForExitAsync();
        Assert.True(next.ExitCode == 0, nextOutput);
        Assert.False(File.Exists(stagingPath), "The next import did not delete the staging file the killed one left.");
        Assert.Equal(30, (await HtmlPage.GetAsync(client, "/provision")).ProvisionRows.Count);
    }

    /// <summary>Every table's rows, read through a connection of the test's own once the site has started.</summary>
    private async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        _ = _factory.Server;
        return await ImportTestDatabase.DumpDatabaseAsync($"Data Source={_factory.DatabasePath};Mode=ReadOnly;Pooling=False");
    }

    private static long StagingSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}

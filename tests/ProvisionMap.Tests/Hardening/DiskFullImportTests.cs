using System.Net;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Runs an import whose writes fail part-way, as on a full disk, and checks that the site keeps serving the old data.
/// The import process runs with a file size limit, so the staging copy cannot grow past it. Needs a POSIX shell.
/// </summary>
public sealed class DiskFullImportTests : IDisposable
{
    private const int GeneratedRows = 20_000;

    // The live database of the real map is far smaller than this, and the staging copy of 20,000 rows far larger.
    private const int FileSizeLimitKiB = 4 * 1024;

    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-full-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task FailedWrite_KeepsOldDataServed()
    {
        var client = _factory.CreateClient();
        var before = await ImportTestDatabase.DumpDatabaseAsync($"Data Source={_factory.DatabasePath}");
        var largeFile = Path.Combine(_folder, "large.csv");
        LargeProvisionFile.Write(largeFile, GeneratedRows);

        using var import = ImportProcess.Start(_factory.DatabasePath, largeFile, FileSizeLimitKiB);
        var output = await import.StandardOutput.ReadToEndAsync();
        var errors = await import.StandardError.ReadToEndAsync();
        await import.WaitForExitAsync();

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Nothing was changed", output + errors);
        Assert.Equal(before, await ImportTestDatabase.DumpDatabaseAsync($"Data Source={_factory.DatabasePath}"));
        var page = await HtmlPage.GetAsync(client, "/provision");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(48, page.ProvisionRows.Count);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_factory.DatabasePath)!, Path.GetFileName(ImportStagingFile.PathFor(_factory.DatabasePath, import.Id)) + "*"));
    }
}

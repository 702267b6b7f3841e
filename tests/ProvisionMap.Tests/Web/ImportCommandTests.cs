using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;
using ProvisionMap.Web.Infrastructure;

namespace ProvisionMap.Tests.Web;

/// <summary>
/// Runs the site's "import" command against a started test host with its own database.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-command-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task DryRun_PrintsReportAndExitsZero()
    {
        var (exitCode, output) = await RunAsync("import", ImportTestDatabase.RealProvisionMapPath, "--sections", ImportTestDatabase.RealSectionsPath, "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Contains("Rows read: 48", output);
        Assert.Contains("  Schools: Support with attachment / early trauma / behaviour: 15", output);
        Assert.Contains("  Solihull (written as \"Soihuli\", \"Solihuli\")", output);
        Assert.Contains("    - Designated Teacher Forums / Briefings / Network Meetings", output);
        Assert.Contains("Distinct values of Provided By: 11", output);
        Assert.Contains("Errors: 0", output);
        Assert.Contains("Dry run: the file is valid. Nothing was written.", output);
    }

    [Fact]
    public async Task BadFile_ListsErrorsAndExitsOne()
    {
        var path = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(path, ProvisionCsv.File(ProvisionCsv.Header,
            ProvisionCsv.Row(("Virtual School", "Narnia")),
            ProvisionCsv.Row(("Behaviour", "xx"))));

        var (exitCode, output) = await RunAsync("import", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: bad.csv line 2, column 5 (Virtual School): Unknown authority.", output);
        Assert.Contains("error: bad.csv line 3, column 8 (Behaviour): Invalid focus value.", output);
        Assert.Contains("Rejected: 2 error(s). Nothing was written; the database is unchanged.", output);
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/provision");
        Assert.Equal(48, page.ProvisionRows.Count);
    }

    [Fact]
    public async Task Import_ReplacesDataAndExitsZero()
    {
        var path = Path.Combine(_folder, "one-row.csv");
        await File.WriteAllTextAsync(path, ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Service", "Homework club for looked-after children"))));

        var (exitCode, output) = await RunAsync("import", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported: the maps in this file were replaced; any other maps in the database were kept.", output);
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/provision");
        Assert.Equal(["Homework club for looked-after children"], page.Services);
    }

    [Theory]
    [InlineData(new[] { "import" }, "The path of the provision-map CSV file is missing.")]
    [InlineData(new[] { "import", "a.csv", "--verbose" }, "Unknown or incomplete argument \"--verbose\".")]
    [InlineData(new[] { "import", "a.csv", "--sections" }, "Unknown or incomplete argument \"--sections\".")]
    public async Task BadArguments_PrintUsageAndExitTwo(string[] arguments, string message)
    {
        var (exitCode, output) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
        Assert.Contains(ImportCommand.Usage, output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        _ = _factory.Server;
        using var output = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(_factory.Services, arguments[1..], output);
        return (exitCode, output.ToString());
    }
}

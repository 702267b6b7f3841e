using System.Net;
using System.Text.RegularExpressions;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Requests the home page without pause while a separate process imports a large file into the database the site
/// serves. Every response must succeed and be consistent: the total it states equals the sum of its section counts, and
/// is the old total or the new one.
/// </summary>
public sealed partial class ConcurrentImportTests : IDisposable
{
    private const int OldRows = 48;

    private const int GeneratedRows = 10_000;

    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-concurrent-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Readers_SeeOldOrNewDataDuringImport()
    {
        var client = _factory.CreateClient();
        var largeFile = Path.Combine(_folder, "large.csv");
        LargeProvisionFile.Write(largeFile, GeneratedRows);
        var seen = new List<(HttpStatusCode Status, int Total, int SectionSum)>();

        using var import = ImportProcess.Start(_factory.DatabasePath, largeFile);
        var output = import.StandardOutput.ReadToEndAsync();
        while (!import.HasExited)
        {
            var readers = Enumerable.Range(0, 4).Select(_ => ReadHomeAsync(client));
            seen.AddRange(await Task.WhenAll(readers));
        }

        await import.WaitForExitAsync();
        seen.Add(await ReadHomeAsync(client));

        Assert.True(import.ExitCode == 0, await output);
        Assert.All(seen, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.All(seen, response => Assert.Equal(response.Total, response.SectionSum));
        Assert.All(seen, response => Assert.Contains(response.Total, new[] { OldRows, GeneratedRows }));
        Assert.Equal(OldRows, seen[0].Total);
        Assert.Equal(GeneratedRows, seen[^1].Total);
        Assert.True(seen.Count(response => response.Total == OldRows) >= 4, $"Only {seen.Count} pages were read during the import.");
    }

    /// <summary>Reads the total from the home page's introduction and adds up the counts in its "Browse by section" list.</summary>
    private static async Task<(HttpStatusCode Status, int Total, int SectionSum)> ReadHomeAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return (page.StatusCode, -1, -2);
        }

        var total = int.Parse(TotalPattern().Match(page.MainText).Groups[1].Value.Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        var sectionSum = page.Document.QuerySelectorAll("#by-section + ul .badge")
            .Sum(badge => int.Parse(badge.FirstChild!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        return (page.StatusCode, total, sectionSum);
    }

    [GeneratedRegex(@"This directory lists ([\d,]+) provisions?")]
    private static partial Regex TotalPattern();
}

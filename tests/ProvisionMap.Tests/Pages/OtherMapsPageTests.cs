using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the filters, search and coverage with a looked-after children map loaded beside the Schools map.
/// </summary>
public sealed class OtherMapsPageTests : IAsyncLifetime
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-maps-").FullName;

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_folder, "looked-after-children.csv");
        await File.WriteAllTextAsync(path, ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Map", "Looked-after children"), ("Section", "Mentoring"), ("Service", "Mentoring for young people in care"),
                ("Virtual School", "Plymouth"), ("Transition", "x"), ("Provided For", "Young people"), ("Contact Details", "vs@plymouth.gov.uk")),
            ProvisionCsv.Row(("Map", "Looked-after children"), ("Section", "Tuition"), ("Service", "One-to-one tuition in English and maths"),
                ("Virtual School", "Derby"), ("Provided For", "Children"), ("Contact Details", "virtual.school@derby.gov.uk"))));

        _ = _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ProvisionMapImporter>();
        var report = await importer.ImportAsync(new ImportRequest(path, ImportTestDatabase.RealAuthoritiesPath,
            VocabularyPath: ImportTestDatabase.RealVocabularyPath));
        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MapFacet_CountsEachMap()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/provision?focus=transition");

        Assert.Equal("(31 provisions)", CountText(page, "map", "schools"));
        Assert.Equal("(1 provision)", CountText(page, "map", "looked-after-children"));
        Assert.Equal(32, page.ProvisionRows.Count);
    }

    [Fact]
    public async Task MapFilter_ShowsOnlyThatMap()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/provision?map=looked-after-children&audience=children-and-young-people");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["Mentoring for young people in care", "One-to-one tuition in English and maths"], page.Services);
        Assert.Contains("Looked-after children map", page.MainText);
    }

    [Fact]
    public async Task Search_FindsOtherMapRows()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/provision?q=tuition+maths");

        Assert.Equal(["One-to-one tuition in English and maths"], page.Services);
    }

    [Fact]
    public async Task Coverage_CountsOtherMapRows()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/coverage");

        var derby = page.Document.QuerySelectorAll("tbody tr")
            .Single(row => row.QuerySelector("th.coverage-name") is { } header && HtmlPage.TextOf(header) == "Derby");
        Assert.Equal("1", HtmlPage.TextOf(derby.QuerySelectorAll("td").Last()));
    }

    [Fact]
    public async Task Contacts_ShowOtherMapContact()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/contacts");

        var derby = page.Document.QuerySelectorAll("table.contact-table tbody tr")
            .Single(row => HtmlPage.TextOf(row.QuerySelector("th")!) == "Derby");
        Assert.Contains("virtual.school@derby.gov.uk", HtmlPage.TextOf(derby));
    }

    private static string CountText(HtmlPage page, string parameter, string value)
    {
        var input = page.Document.QuerySelector($"input[name='{parameter}'][value='{value}']")!;
        return HtmlPage.TextOf(page.Document.QuerySelector($"label[for='{input.Id}'] .facet-count")!);
    }
}

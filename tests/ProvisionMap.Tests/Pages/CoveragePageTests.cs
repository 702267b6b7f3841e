using System.Net;
using AngleSharp.Dom;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the grid of virtual schools against focus areas.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CoveragePageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Coverage_GroupsSchoolsByRegion()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/coverage");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var regions = page.Document.QuerySelectorAll("tr.coverage-region th").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("South West", regions);
        Assert.Equal(20, page.Document.QuerySelectorAll("tbody th.coverage-name").Length);
    }

    [Fact]
    public async Task Coverage_CountsOwnRowsOnly()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/coverage");

        // Solihull has one row of its own (Attachment, among others) and is named in four summary rows.
        var solihull = Row(page, "Solihull");
        var cells = solihull.QuerySelectorAll("td").Select(HtmlPage.TextOf).ToList();
        Assert.Equal("1", cells[^1]);
        Assert.Equal("/provision?vs=solihull&summaries=hide", solihull.QuerySelectorAll("td a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task Coverage_EmptyCellsStandOut()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/coverage");

        var empty = Row(page, "Solihull").QuerySelectorAll("td.coverage-empty").ToList();
        Assert.NotEmpty(empty);
        Assert.All(empty, cell => Assert.Equal("none", HtmlPage.TextOf(cell.QuerySelector(".visually-hidden")!)));
    }

    [Fact]
    public async Task Coverage_NumberLinksToSameRows()
    {
        var client = factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/coverage");

        var link = Row(page, "Dorset").QuerySelector("td a")!;
        var count = int.Parse(HtmlPage.TextOf(link), System.Globalization.CultureInfo.InvariantCulture);
        var list = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);

        Assert.Equal(count, list.ProvisionRows.Count);
    }

    [Fact]
    public async Task Coverage_SummaryRespondentsSeparate()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/coverage");

        var summary = page.Document.QuerySelector("tr.coverage-summary")!;
        Assert.Contains("Summary rows: respondents (5 rows)", HtmlPage.TextOf(summary));
        Assert.NotNull(summary.QuerySelector("a[href*='summaries=only']"));
        var total = page.Document.QuerySelectorAll("tfoot tr.coverage-total td").Select(HtmlPage.TextOf).ToList();
        Assert.Equal("43", total[^1]);
    }

    [Fact]
    public async Task Coverage_AllAuthoritiesOnRequest()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/coverage?all=1");

        Assert.Equal(153, page.Document.QuerySelectorAll("tbody th.coverage-name").Length);
    }

    private static IElement Row(HtmlPage page, string name) =>
        page.Document.QuerySelectorAll("tbody tr")
            .Single(row => row.QuerySelector("th.coverage-name") is { } header && HtmlPage.TextOf(header) == name);
}

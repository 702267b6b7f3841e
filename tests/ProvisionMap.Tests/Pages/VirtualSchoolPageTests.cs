using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class VirtualSchoolPageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task List_ShowsEveryAuthorityWithProvision()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools");

        var rows = page.Document.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(20, rows.Count);
        Assert.Equal("Bath and North East Somerset", HtmlPage.TextOf(rows[0].QuerySelector("th")!));
        var solihull = rows.Single(row => HtmlPage.TextOf(row.QuerySelector("th")!) == "Solihull");
        var cells = solihull.QuerySelectorAll("td").Select(HtmlPage.TextOf).ToList();
        Assert.Equal(["West Midlands", "kameron@solihull.gov.uk", "1", "4"], cells);
        Assert.Equal("mailto:kameron@solihull.gov.uk", solihull.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task List_NamesAreCanonical()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools");

        var names = page.Document.QuerySelectorAll("main table tbody th").Select(HtmlPage.TextOf).ToList();
        Assert.DoesNotContain("Solihuli", names);
        Assert.DoesNotContain("Bath & North East Somerset", names);
        Assert.Contains("Bolton", names);
    }

    [Fact]
    public async Task Show_ListsOwnAndSummaryProvision()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools/solihull");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Solihull Virtual School", page.Heading);
        Assert.Contains("West Midlands", page.MainText);
        Assert.Contains("334", page.MainText);
        Assert.Equal("mailto:kameron@solihull.gov.uk", page.Document.QuerySelector("dl a[href^='mailto:']")?.GetAttribute("href"));
        Assert.Contains("1 provision of its own, and named in 4 summary rows.", page.MainText);
        Assert.Equal(5, page.ProvisionRows.Count);
        Assert.StartsWith("LACES workers are responsible", page.Services[0]);
    }

    [Fact]
    public async Task Show_ContactNameBeforeEmail()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools/plymouth");

        Assert.Contains("Simon Mower: virtualschoolteam@plymouth.gov.uk", HtmlPage.TextOf(page.Document.QuerySelector("dl")!));
    }

    [Fact]
    public async Task Show_AuthorityWithoutProvisionSaysSo()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools/camden");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("No provision is recorded for Camden in this map.", page.MainText);
        Assert.Contains("No contact in this map.", page.MainText);
    }

    [Fact]
    public async Task Show_UnknownSlugIsNotFound()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools/narnia");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
    }

    [Theory]
    [InlineData("solihul", "/virtual-schools/solihull")]
    [InlineData("Solihuli", "/virtual-schools/solihull")]
    [InlineData("Brighton & Hove", "/virtual-schools/brighton-and-hove")]
    [InlineData("bath & north-east somerset", "/virtual-schools/bath-and-north-east-somerset")]
    public async Task Search_OneMatchGoesStraightToIt(string name, string expected)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/virtual-schools?name={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Search_SeveralMatchesAreListed()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools?name=sussex");

        var results = page.Document.QuerySelectorAll("section[aria-labelledby='matches'] li").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("East Sussex: anna.brookes@eastsussex.gov.uk", results);
        Assert.Contains("West Sussex: jill.dyson@westsussex.gov.uk", results);
    }

    [Theory]
    [InlineData("Kingston", "Kingston upon Hull")]
    [InlineData("Kingston", "Kingston upon Thames")]
    [InlineData("London", "City of London")]
    public async Task Search_PartialNameListsChoices(string name, string expected)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/virtual-schools?name={name}");

        var results = page.Document.QuerySelectorAll("section[aria-labelledby='matches'] li").Select(HtmlPage.TextOf).ToList();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"{expected}: no provision in this map", results);
    }

    [Fact]
    public async Task Search_NoMatchSaysSo()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools?name=Atlantis");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("No local authority matches \"Atlantis\"", page.MainText);
    }
}

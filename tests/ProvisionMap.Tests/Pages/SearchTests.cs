using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the provision search box: forgiving matching, highlighted matches and suggestions when nothing matches.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(ProvisionMapFactory factory)
{
    [Theory]
    [InlineData("Head Teachers’ meetings", 2)]
    [InlineData("Head Teachers' meetings", 2)]
    [InlineData("Bath & North East Somerset", 3)]
    [InlineData("bath and north-east somerset", 3)]
    [InlineData("zippy", 1)]
    [InlineData("\"Zippy's Friends\"", 1)]
    // The names of ticked focus areas are searched too, so these find the 33 Attachment rows and one more that mentions it.
    [InlineData("attach", 34)]
    [InlineData("attachmént", 34)]
    [InlineData("ATTACHMENT", 34)]
    [InlineData("governors", 13)]
    [InlineData("trauma attachment", 15)]
    [InlineData("attachment trauma", 15)]

    // Seven rows contain "designated teachers". The others write "DTs", which the vocabulary maps to the same term.
    [InlineData("designated teachers", 17)]
    [InlineData("Solihull", 5)]
    [InlineData("100%", 0)]
    [InlineData("%", 0)]
    [InlineData("_", 0)]
    [InlineData("", 48)]
    public async Task Query_MatchCount(string query, int expected)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/provision?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(expected, page.ProvisionRows.Count);
    }

    [Fact]
    public async Task Matches_Highlighted()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=attach");

        var marks = page.Document.QuerySelectorAll("table.provision-table mark").Select(HtmlPage.TextOf).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith("attach", mark, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Attachment", marks);
    }

    [Fact]
    public async Task AuthorityMatch_HighlightedInVirtualSchool()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=sunderland");

        var marked = page.Document.QuerySelectorAll("table.provision-table td a mark").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("Sunderland", marked);
    }

    [Fact]
    public async Task Markup_TreatedAsText()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=%3Cmark%3Eattach");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.ProvisionRows);
        Assert.Empty(page.Document.QuerySelectorAll("main mark"));
        Assert.Contains("No provision matches \"<mark>attach\"", page.MainText);
        Assert.Equal("<mark>attach", page.Document.QuerySelector("#search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task NoMatch_SuggestsFocusArea()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=atachment");

        Assert.Empty(page.ProvisionRows);
        Assert.Contains("No provision matches \"atachment\"", page.MainText);
        var links = page.Document.QuerySelectorAll(".no-results a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/provision?focus=attachment", links);
        Assert.Contains("/provision", links);
    }

    [Fact]
    public async Task NoMatch_SuggestsAuthority()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=atachment+brighton");

        Assert.Contains("Contact for Brighton and Hove (no provision in this map)", page.MainText);
        Assert.NotNull(page.Document.QuerySelector(".no-results a[href='/virtual-schools/brighton-and-hove#contact']"));
    }

    [Fact]
    public async Task NoMatch_SuggestsRegion()
    {
        // No virtual school of this region is in the map, so the search finds nothing and offers the region filter.
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=yorkshire+and+the+humber");

        Assert.Empty(page.ProvisionRows);
        Assert.NotNull(page.Document.QuerySelector(".no-results a[href='/provision?region=yorkshire-and-the-humber']"));
    }

    [Fact]
    public async Task NoMatch_OffersSearchWithoutFilters()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=other&q=zippy");

        Assert.Empty(page.ProvisionRows);
        Assert.NotNull(page.Document.QuerySelector(".no-results a[href='/provision?q=zippy']"));
    }
}

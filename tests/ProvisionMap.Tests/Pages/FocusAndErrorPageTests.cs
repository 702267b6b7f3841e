using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class FocusAndErrorPageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Focus_ShowsOnlyThatFocusArea()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/focus/family-relationships");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Family Relationships", page.Heading);
        Assert.Equal(7, page.ProvisionRows.Count);
        Assert.All(page.ProvisionRows, row => Assert.NotEqual("No", HtmlPage.TextOf(row.QuerySelectorAll("td.tick-cell")[7])));
    }

    [Fact]
    public async Task Focus_GroupsBySection()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/focus/attachment");

        Assert.Equal(33, page.ProvisionRows.Count);
        Assert.Contains("Support with attachment / early trauma / behaviour", page.Document.QuerySelectorAll("main section h2").Select(HtmlPage.TextOf).First(text => text.StartsWith("Support with attachment")));
    }

    [Fact]
    public async Task Focus_UnknownSlugIsNotFound()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/focus/astrology");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task UnknownRoute_ShowsSiteNotFoundPage()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
        Assert.Contains("Request id:", page.MainText);
    }

    [Fact]
    public async Task StaticAssets_AreServedLocally()
    {
        var client = factory.CreateClient();
        var home = await HtmlPage.GetAsync(client, "/");

        var stylesheets = home.Document.QuerySelectorAll("link[rel='stylesheet']").Select(link => link.GetAttribute("href")!).ToList();
        // Bootstrap, the site's own stylesheet and the print stylesheet.
        Assert.Equal(3, stylesheets.Count);
        Assert.All(stylesheets, href => Assert.StartsWith("/", href));
        foreach (var href in stylesheets)
        {
            using var response = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

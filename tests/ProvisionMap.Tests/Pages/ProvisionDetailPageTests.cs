using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the page of one provision.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProvisionDetailPageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Detail_ShowsEveryField()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision/1");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Whole school training on the issues that affect looked-after children", page.Heading);
        Assert.Contains("Schools map: Direct support to schools: Training / CPD for schools", page.MainText);
        Assert.Contains("Senior Management, SENCOs/INCOs, Class teachers and TAs", page.MainText);
        Assert.NotNull(page.Document.QuerySelector("a[href='/provision?audience=governors']") ?? page.Document.QuerySelector("a[href='/provision?audience=senior-leaders']"));
        Assert.NotNull(page.Document.QuerySelector("a.email[href='mailto:tricia.ciappara@norfolk.gov.uk']"));
        Assert.Contains("Many VS expressed the fact", page.MainText);
    }

    [Fact]
    public async Task Detail_LinksRelatedProvision()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision/1");

        var related = page.Document.QuerySelectorAll("aside a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/provision?vs=norfolk", related);
        Assert.Contains("/provision?focus=mental-health", related);
        Assert.Contains(related, href => href!.StartsWith("/provision?focus=educational-attainment&focus=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Detail_ListRowsLinkToIt()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?vs=norfolk");

        Assert.All(page.ProvisionRows, row => Assert.StartsWith("/provision/", row.QuerySelector("a.service-link")?.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/provision/999")]
    [InlineData("/provision/0")]
    public async Task UnknownId_NotFound(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}

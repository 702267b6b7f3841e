using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class HomePageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Home_DescribesTheDirectoryAndItsData()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(File.Exists(factory.DatabasePath), "The site should use the test's own database file.");
        Assert.Equal("Virtual School provision in England", page.Heading);
        Assert.Contains("48 provisions from 20 virtual schools", page.MainText);
        Assert.Contains("Contact details date from the survey and may have changed", page.MainText);
        Assert.Contains("The data was loaded on", page.MainText);
    }

    [Fact]
    public async Task Home_ListsSectionsWithCounts()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var items = page.Document.QuerySelectorAll("#by-section + ul li").Select(HtmlPage.TextOf).ToList();

        Assert.Equal(8, items.Count);
        Assert.Equal("Direct support to schools 13 provisions", items[0]);
        Assert.Equal("Support with attachment / early trauma / behaviour 15 provisions", items[1]);
        Assert.Equal("Designated teacher support 5 provisions", items[2]);
        Assert.Equal("Data monitoring / using data to inform interventions, advice and PEP cycles 1 provision", items[7]);
    }

    [Fact]
    public async Task Home_ListsFocusAreasWithCounts()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var items = page.Document.QuerySelectorAll("#by-focus + ul li").Select(HtmlPage.TextOf).ToList();

        Assert.Equal(10, items.Count);
        Assert.Contains("Educational Attainment 34 provisions", items);
        Assert.Contains("Mental Health 24 provisions", items);
        Assert.Contains("Attachment 33 provisions", items);
        Assert.Contains("Family Relationships 7 provisions", items);
        Assert.Equal("/focus/mental-health", page.Document.QuerySelector("#by-focus + ul a[href='/focus/mental-health']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_HasLabelledContactSearch()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var form = page.Document.QuerySelector("form[action='/contacts']");
        Assert.NotNull(form);
        Assert.Equal("Local authority name", HtmlPage.TextOf(page.Document.QuerySelector("label[for='contact-name']")!));
        Assert.Equal("name", page.Document.QuerySelector("#contact-name")?.GetAttribute("name"));
    }
}

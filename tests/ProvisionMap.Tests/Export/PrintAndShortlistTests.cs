using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Export;

[Collection(SiteCollection.Name)]
public sealed class PrintAndShortlistTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Layout_LinksPrintStylesheet()
    {
        var client = factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/provision");
        // MapStaticAssets adds a content hash to the file name, as in /css/print.j8dk4wtj23.css.
        var link = page.Document.QuerySelector("link[href^='/css/print.']")!;

        var css = await client.GetStringAsync(link.GetAttribute("href"));

        Assert.Equal("print", link.GetAttribute("media"));
        Assert.Contains("size: A4 landscape;", css);
        Assert.Contains("display: table-header-group;", css);
        Assert.Contains("nav,", css);
    }

    [Fact]
    public async Task FilteredView_PrintHeadingAndExportLinks()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=mental-health&vs=norfolk");

        var heading = HtmlPage.TextOf(page.Document.QuerySelector(".print-heading")!);
        Assert.Contains("Filters: Focus: Mental Health; Virtual school: Norfolk", heading);
        Assert.Contains("Data loaded:", heading);
        Assert.Equal("/provision.csv?focus=mental-health&vs=norfolk", page.Document.QuerySelector("a[href^='/provision.csv']")?.GetAttribute("href"));
        Assert.Equal("/provision.json?focus=mental-health&vs=norfolk", page.Document.QuerySelector("a[href^='/provision.json']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task FocusPage_ExportsItsFocus()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/focus/attachment");

        Assert.Equal("/provision.csv?focus=attachment", page.Document.QuerySelector("a[href^='/provision.csv']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ProvisionRows_HaveShortlistBoxes()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        var boxes = page.Document.QuerySelectorAll("input.shortlist-toggle-input").ToList();
        var form = page.Document.QuerySelector("form#shortlist-form")!;
        Assert.Equal(48, boxes.Count);
        Assert.All(boxes, box => Assert.Equal("shortlist-form", box.GetAttribute("form")));
        Assert.Equal("1", boxes[0].GetAttribute("value"));
        Assert.Equal("/shortlist", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
    }

    [Fact]
    public async Task Shortlist_ListsChosenWithContacts()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/shortlist?id=40&id=1&id=40");

        var items = page.Document.QuerySelectorAll("li.shortlist-item").ToList();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(2, items.Count);
        Assert.Equal("Attendance and provision of support at PEP meetings", HtmlPage.TextOf(items[0].QuerySelector("h2")!));
        Assert.Equal("Whole school training on the issues that affect looked-after children", HtmlPage.TextOf(items[1].QuerySelector("h2")!));
        Assert.Equal("mailto:tricia.ciappara@norfolk.gov.uk", items[1].QuerySelector(".shortlist-contact a")?.GetAttribute("href"));
        Assert.Equal("/shortlist?id=1", items[0].QuerySelector("a[href^='/shortlist']")?.GetAttribute("href"));
        Assert.Equal("/shortlist?id=40", items[1].QuerySelector("a[href^='/shortlist']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Shortlist_TextForEmail()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/shortlist?id=1");

        var text = page.Document.QuerySelector("textarea#shortlist-text")!.TextContent;
        Assert.StartsWith("Shortlist of Virtual School provision from ProvisionMap (data loaded ", text);
        Assert.Contains("1. Whole school training on the issues that affect looked-after children\n", text);
        Assert.Contains("   Virtual school: Norfolk\n", text);
        Assert.Contains("   Contact: tricia.ciappara@norfolk.gov.uk\n", text);
    }

    [Fact]
    public async Task Shortlist_SummaryRowListsSchoolContacts()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/shortlist?id=29");

        var contacts = page.Document.QuerySelectorAll(".shortlist-contact li").Select(HtmlPage.TextOf).ToList();
        var text = page.Document.QuerySelector("textarea#shortlist-text")!.TextContent;
        Assert.Equal(8, contacts.Count);
        Assert.Contains("Enfield: jon.harris@enfield.gov.uk", contacts);
        Assert.Contains("   Contact for Enfield: jon.harris@enfield.gov.uk\n", text);
    }

    [Fact]
    public async Task Shortlist_ReportsMissingIds()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/shortlist?id=1&id=9999");

        Assert.Single(page.Document.QuerySelectorAll("li.shortlist-item"));
        Assert.Contains("Some chosen ids are no longer in the directory and are left out: 9999.", page.MainText);
    }

    [Fact]
    public async Task Shortlist_EmptySaysHowToChoose()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/shortlist");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("The shortlist is empty", page.MainText);
    }

    [Theory]
    [InlineData("/shortlist?id=abc", "\"abc\" is not a provision id.")]
    [InlineData("/shortlist?id=-3", "\"-3\" is not a provision id.")]
    public async Task Shortlist_BadIdIs400(string url, string message)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, page.MainText);
    }
}

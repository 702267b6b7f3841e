using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the contact list of all 153 virtual schools and the lookup that forgives misspellings.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ContactsPageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Contacts_ListsEveryAuthorityByRegion()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(153, page.Document.QuerySelectorAll("table.contact-table tbody tr").Length);
        var regions = page.Document.QuerySelectorAll("main section > h2").Select(HtmlPage.TextOf).ToList();
        Assert.Equal(9, regions.Count);
        Assert.Equal("East Midlands (10 authorities)", regions[0]);
        Assert.Contains("20 of them have a contact in this map", page.MainText);
    }

    [Fact]
    public async Task Contacts_ShowEmailAndCopyButton()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts");

        var row = page.Document.QuerySelectorAll("table.contact-table tbody tr")
            .Single(candidate => HtmlPage.TextOf(candidate.QuerySelector("th")!) == "Norfolk");
        Assert.Equal("mailto:tricia.ciappara@norfolk.gov.uk", row.QuerySelector("a.email")?.GetAttribute("href"));
        var button = row.QuerySelector("button.copy-email")!;
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", button.GetAttribute("data-email"));
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.NotNull(page.Document.QuerySelector("script[src*='copy-email']"));
    }

    [Fact]
    public async Task AuthorityWithoutProvision_SaysNoContact()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts");

        var row = page.Document.QuerySelectorAll("table.contact-table tbody tr")
            .Single(candidate => HtmlPage.TextOf(candidate.QuerySelector("th")!) == "Derby");
        Assert.Contains("No contact in this map", HtmlPage.TextOf(row));
    }

    [Fact]
    public async Task AlphabeticalList_GroupsByLetter()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?by=name");

        var letters = page.Document.QuerySelectorAll("main section > h2").Select(HtmlPage.TextOf).ToList();
        Assert.StartsWith("B ", letters[0]);
        Assert.Equal(153, page.Document.QuerySelectorAll("table.contact-table tbody tr").Length);
    }

    [Theory]
    [InlineData("solihul", "/virtual-schools/solihull?for=solihul#contact")]
    [InlineData("Soihuli", "/virtual-schools/solihull?for=Soihuli#contact")]
    [InlineData("bath and ne somerset", "/virtual-schools/bath-and-north-east-somerset?for=bath%20and%20ne%20somerset#contact")]
    [InlineData("Brighton & Hove", "/virtual-schools/brighton-and-hove?for=Brighton%20%26%20Hove#contact")]
    [InlineData("derby", "/virtual-schools/derby?for=derby#contact")]
    public async Task Lookup_GoesStraightToOneMatch(string name, string location)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/contacts?name={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Lookup_SaysHowNameWasRead()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?name=solihul");

        Assert.Equal("Solihull Virtual School", page.Heading);
        Assert.Contains("Showing Solihull, the local authority that best matches \"solihul\".", page.MainText);
        Assert.Contains("kameron@solihull.gov.uk", page.MainText);
        var other = page.Document.QuerySelector("a[href^='/contacts?name=solihul&list=1']");
        Assert.NotNull(other);
    }

    [Fact]
    public async Task Lookup_ListRequested_NoRedirect()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?name=solihul&list=1");

        Assert.Equal("Virtual school contacts", page.Heading);
        Assert.Contains("Results for \"solihul\"", page.MainText);
    }

    [Fact]
    public async Task Lookup_AuthorityWithoutProvision_NoContactAnswer()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?name=rutland");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Rutland Virtual School", page.Heading);
        Assert.Contains("No contact in this map", page.MainText);
    }

    [Fact]
    public async Task Lookup_SeveralMatches_Listed()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?name=north");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Results for \"north\"", page.MainText);
        var names = page.Document.QuerySelectorAll("section[aria-labelledby='matches-heading'] tbody th").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("North Somerset", names);
        Assert.Contains("North Tyneside", names);
    }

    [Fact]
    public async Task Lookup_NoMatch_SaysSo()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/contacts?name=qqqqzz");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("No local authority matches \"qqqqzz\"", page.MainText);
        Assert.Equal(153, page.Document.QuerySelectorAll("table.contact-table tbody tr").Length);
    }

    [Fact]
    public async Task Lookup_TooLong_BadRequest()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/contacts?name={new string('a', 101)}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("longer than 100 characters", page.MainText);
    }

    [Fact]
    public async Task VirtualSchoolPage_HasCopyButton()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/virtual-schools/solihull");

        Assert.NotNull(page.Document.QuerySelector("#contact"));
        Assert.NotNull(page.Document.QuerySelector("button.copy-email[data-email]"));
    }
}

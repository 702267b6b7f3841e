using System.Net;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class ProvisionPageTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Provision_ShowsWholeMapGroupedBySection()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(48, page.ProvisionRows.Count);
        Assert.Contains("Showing 48 of 48 provisions.", page.MainText);
        var sections = page.Document.QuerySelectorAll("main section h2").Select(h2 => HtmlPage.TextOf(h2)).ToList();
        Assert.Equal(8, sections.Count);
        Assert.Equal("Direct support to schools 13", sections[0]);
        Assert.Equal("Whole school training on the issues that affect looked-after children", page.Services[0]);
    }

    [Fact]
    public async Task Provision_ShowsSubsectionsAndNotes()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        var subsections = page.Document.QuerySelectorAll("main section h3").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("Training / CPD for schools", subsections);
        Assert.Contains("Casework/Support", subsections);
        Assert.Contains("Other support with attachment / trauma / behaviour", subsections);
        Assert.Contains("Many VS expressed the fact that their key focus was to work directly with schools", page.MainText);
        Assert.Contains("Training specifically for DTs was mentioned by twelve respondents", page.MainText);
    }

    [Fact]
    public async Task Provision_TableIsAccessibleDataTable()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        var table = page.Document.QuerySelector("table.provision-table")!;
        Assert.Equal("Direct support to schools: Training / CPD for schools", HtmlPage.TextOf(table.QuerySelector("caption")!));
        var headers = table.QuerySelectorAll("thead th").ToList();
        Assert.All(headers, header => Assert.Equal("col", header.GetAttribute("scope")));
        Assert.Contains("Social and Emotional Understanding", headers.Select(HtmlPage.TextOf));
        Assert.Equal("row", table.QuerySelector("tbody th")?.GetAttribute("scope"));
    }

    [Fact]
    public async Task Provision_TicksReadAsYesOrNo()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        // Norfolk's whole-school training ticks the first six focus areas only.
        var cells = page.ProvisionRows[0].QuerySelectorAll("td.tick-cell").Select(HtmlPage.TextOf).ToList();
        Assert.Equal(["✓Yes", "✓Yes", "✓Yes", "✓Yes", "✓Yes", "✓Yes", "No", "No", "No", "No"], cells);
    }

    [Fact]
    public async Task Provision_SummaryRowShowsCountsAndRespondents()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        var row = page.ProvisionRows.Single(candidate => HtmlPage.TextOf(candidate.QuerySelector("th")!).Contains("Training specifically for DTs"));
        Assert.Contains("Summary of 12 respondents", HtmlPage.TextOf(row));
        Assert.Contains("and 4 not publicly listed", HtmlPage.TextOf(row));
        var counts = row.QuerySelectorAll("td.tick-cell").Select(HtmlPage.TextOf).ToList();
        Assert.Equal("11 respondents", counts[0]);
        Assert.Equal("10 respondents", counts[4]);
        Assert.Equal("No", counts[9]);
        Assert.Equal(8, row.QuerySelectorAll("a[href^='/virtual-schools/']").Length);
    }

    [Fact]
    public async Task Provision_ContactsAreCleanMailtoLinks()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        var emails = page.Document.QuerySelectorAll("td.contact-col a[href^='mailto:']").Select(HtmlPage.TextOf).ToList();
        Assert.Contains("tricia.ciappara@norfolk.gov.uk", emails);
        Assert.Contains("virtualschoolteam@plymouth.gov.uk", emails);
        Assert.DoesNotContain(emails, email => email.Contains('<'));
        Assert.DoesNotContain("&lt;u&gt;", page.Document.Body!.InnerHtml);
    }

    [Fact]
    public async Task Provision_TwoFocusAreasNeedBoth()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=mental-health&focus=attachment");

        Assert.Equal(22, page.ProvisionRows.Count);
        Assert.Equal("Provision: Focus: Mental Health, Focus: Attachment - ProvisionMap", page.Document.Title);
        Assert.Contains("Showing provision that covers all of Mental Health and Attachment", page.MainText);
        Assert.All(page.ProvisionRows, row =>
        {
            var cells = row.QuerySelectorAll("td.tick-cell").ToList();
            Assert.NotEqual("No", HtmlPage.TextOf(cells[3]));
            Assert.NotEqual("No", HtmlPage.TextOf(cells[4]));
        });
    }

    [Fact]
    public async Task Provision_ActiveFilterCanBeRemoved()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=mental-health&focus=attachment&vs=enfield");

        var filters = page.Document.QuerySelectorAll("ul.active-filters li").ToList();
        Assert.Equal(3, filters.Count);
        var removeAttachment = filters[1].QuerySelector("a")!.GetAttribute("href");
        Assert.Equal("/provision?focus=mental-health&vs=enfield", removeAttachment);

        var afterRemoval = await HtmlPage.GetAsync(factory.CreateClient(), removeAttachment!);
        Assert.Contains("Showing provision that covers Mental Health.", afterRemoval.MainText);
    }

    [Fact]
    public async Task Provision_FiltersByVirtualSchool()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?vs=solihull");

        // One row of Solihull's own and four summary rows that name it.
        Assert.Equal(5, page.ProvisionRows.Count);
        Assert.All(page.ProvisionRows, row => Assert.Contains("Solihull", HtmlPage.TextOf(row)));
        Assert.Equal("solihull", page.Document.QuerySelector("input[name='vs'][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Provision_SearchMatchesEveryWordInAnyOrder()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=governors");
        var reordered = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=directly+VS+Attachment");
        var forwards = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=Attachment+VS+directly");

        Assert.Equal(13, page.ProvisionRows.Count);
        Assert.Equal(forwards.Services, reordered.Services);
        Assert.NotEmpty(forwards.Services);
    }

    [Fact]
    public async Task Provision_SearchTreatsWildcardsAsText()
    {
        var percent = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=100%25");
        var underscore = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=_");

        Assert.Equal(HttpStatusCode.OK, percent.StatusCode);
        Assert.Empty(percent.ProvisionRows);
        Assert.Empty(underscore.ProvisionRows);
    }

    [Fact]
    public async Task Provision_NoMatchOffersToClearFilters()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=zzzzqqq");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.ProvisionRows);
        Assert.Contains("No provision matches these filters", page.MainText);
        Assert.NotNull(page.Document.QuerySelector(".alert a[href='/provision']"));
    }

    [Fact]
    public async Task Provision_FocusByNameWorks()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=Mental%20Health");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(24, page.ProvisionRows.Count);
    }

    [Fact]
    public async Task Provision_ExplainsSummaryRows()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        Assert.Contains("Their focus columns hold counts of respondents rather than ticks", page.MainText);
    }

    [Fact]
    public async Task Provision_SummaryRowListsNamedContacts()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?vs=solihull");

        var governors = page.ProvisionRows.Single(row => HtmlPage.TextOf(row.QuerySelector("th")!).Contains("school governors"));
        var contacts = governors.QuerySelectorAll(".summary-contacts li").Select(HtmlPage.TextOf).ToList();
        Assert.Equal(8, contacts.Count);
        Assert.Contains("Solihull: kameron@solihull.gov.uk", contacts);
        Assert.Contains("Plymouth: virtualschoolteam@plymouth.gov.uk", contacts);
    }

    [Theory]
    [InlineData("/provision?focus=astrology", "\"astrology\" is not a focus area. Use one of: educational-attainment")]
    [InlineData("/provision?vs=narnia", "\"narnia\" is not a virtual school")]
    [InlineData("/provision?map=moon", "\"moon\" is not a provision map. Use one of: schools, looked-after-children, foster-carers.")]
    public async Task Provision_InvalidValueGivesBadRequestPage(string url, string message)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Bad request", page.Heading);
        Assert.Contains(message, page.MainText);
    }

    [Fact]
    public async Task Provision_VeryLongSearchGivesBadRequestPage()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?q=" + new string('a', 500));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("longer than 200 characters", page.MainText);
    }
}

using Microsoft.Playwright;
using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Journeys;

/// <summary>
/// What people come to the site to do, by real clicks and typing. Controls are found by role and accessible name,
/// so added filters or links do not break these tests.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class JourneyTests(BrowserSite site)
{
    [SkippableTheory]
    [InlineData(1280, true)]
    [InlineData(375, true)]
    [InlineData(1280, false)]
    public async Task FocusFilters_AddTwoThenRemoveOne(int width, bool javaScriptEnabled)
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync(width, javaScriptEnabled: javaScriptEnabled);
        var page = tab.Page;
        await page.GotoAsync("/provision");

        await FilterForm.CheckAsync(page, "Mental Health");
        await FilterForm.CheckAsync(page, "Attachment");
        await FilterForm.ApplyButton(page).ClickAsync();

        await Assertions.Expect(page.GetByText("Showing 22 of 48 provisions.")).ToBeVisibleAsync();
        var removeLinks = FilterForm.RemoveLinks(page);
        await Assertions.Expect(removeLinks).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Remove Focus: Attachment" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Showing 24 of 48 provisions.")).ToBeVisibleAsync();
        await Assertions.Expect(removeLinks).ToHaveCountAsync(1);
        await Assertions.Expect(removeLinks).ToHaveAccessibleNameAsync("Remove Focus: Mental Health");
        await FilterForm.OpenFacetAsync(FilterForm.Checkbox(page, "Attachment"));
        await Assertions.Expect(FilterForm.Checkbox(page, "Mental Health")).ToBeCheckedAsync();
        await Assertions.Expect(FilterForm.Checkbox(page, "Attachment")).Not.ToBeCheckedAsync();
    }

    [SkippableFact]
    public async Task Search_ThenClear()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/provision");
        var searchBox = FilterForm.SearchBox(page);

        await searchBox.FillAsync("training");
        await searchBox.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Showing 25 of 48 provisions.")).ToBeVisibleAsync();
        await Assertions.Expect(searchBox).ToHaveValueAsync("training");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Clear all filters" }).First.ClickAsync();

        await Assertions.Expect(page.GetByText("Showing 48 of 48 provisions.")).ToBeVisibleAsync();
        await Assertions.Expect(searchBox).ToHaveValueAsync("");
    }

    [SkippableFact]
    public async Task Contact_FoundByMisspeltNameAndCopied()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/contacts");

        await page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Find a local authority" }).FillAsync("Solihul");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Find contact" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Solihull Virtual School");
        var email = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "kameron@solihull.gov.uk" }).First;
        await Assertions.Expect(email).ToHaveAttributeAsync("href", "mailto:kameron@solihull.gov.uk");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Copy kameron@solihull.gov.uk" }).First.ClickAsync();

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("Copied kameron@solihull.gov.uk to the clipboard.");
        Assert.Equal("kameron@solihull.gov.uk", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task Contact_FoundFromHomePage()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Local authority name" }).FillAsync("Solihul");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Find contact" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Solihull Virtual School");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "kameron@solihull.gov.uk" }).First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task VirtualSchool_OpensFromList()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/virtual-schools");

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Solihull", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/virtual-schools/solihull");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Solihull Virtual School");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Filter all provision by Solihull" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Back_KeepsFilters()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/provision");
        await FilterForm.CheckAsync(page, "Mental Health");
        await FilterForm.SearchBox(page).FillAsync("training");
        await FilterForm.ApplyButton(page).ClickAsync();
        await Assertions.Expect(page.GetByText("Showing 12 of 48 provisions.")).ToBeVisibleAsync();
        var filteredUrl = page.Url;

        await page.GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Norfolk", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Norfolk Virtual School");
        await page.GoBackAsync();

        Assert.Equal(filteredUrl, page.Url);
        await Assertions.Expect(page.GetByText("Showing 12 of 48 provisions.")).ToBeVisibleAsync();
        await Assertions.Expect(FilterForm.Checkbox(page, "Mental Health")).ToBeCheckedAsync();
        await Assertions.Expect(FilterForm.SearchBox(page)).ToHaveValueAsync("training");
    }
}

using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Shortlist;

/// <summary>
/// Runs the shortlist script in the browser, because only a browser runs it and keeps its list in local storage.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ShortlistTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Shortlist_KeepsTicksAcrossViews()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/provision");
        await page.Locator("input.shortlist-toggle-input[value='1']").CheckAsync();

        // Norfolk's whole-school training (id 1) covers Attachment, so the filtered view shows it ticked again.
        await page.GotoAsync("/provision?focus=attachment");
        var stillTicked = await page.Locator("input.shortlist-toggle-input[value='1']").IsCheckedAsync();
        await page.Locator("input.shortlist-toggle-input[value='2']").CheckAsync();
        var buttonText = (await page.Locator("#shortlist-form button").TextContentAsync())?.Trim();

        // Row 40 is not in the Attachment view, so it is ticked on another view and must reach the shortlist from storage.
        await page.GotoAsync("/provision?vs=wigan");
        await page.Locator("input.shortlist-toggle-input[value='40']").CheckAsync();
        await page.Locator("#shortlist-form button").ClickAsync();
        await page.WaitForURLAsync("**/shortlist?**");
        var services = (await page.Locator("li.shortlist-item h2").AllTextContentsAsync()).Select(text => text.Trim()).ToList();

        Assert.True(stillTicked);
        Assert.Equal("Show shortlist (2)", buttonText);
        Assert.Equal(3, services.Count);
        Assert.Contains("Whole school training on the issues that affect looked-after children", services);
        Assert.Contains("Attendance and provision of support at PEP meetings", services);
    }

    [SkippableFact]
    public async Task ShortlistPage_RemoveUpdatesStoredList()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/shortlist?id=1&id=40");
        await page.Locator("li.shortlist-item a[href='/shortlist?id=40']").ClickAsync();
        await page.WaitForURLAsync("**/shortlist?id=40");

        await page.GotoAsync("/provision");
        var ticked = await page.Locator("input.shortlist-toggle-input:checked").EvaluateAllAsync<string[]>("boxes => boxes.map(box => box.value)");
        await page.GotoAsync("/shortlist?id=40");
        var copyButton = (await page.Locator("#shortlist-text + button").TextContentAsync())?.Trim();

        Assert.Equal(["40"], ticked);
        Assert.Equal("Copy text", copyButton);
    }
}

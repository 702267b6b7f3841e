using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Keyboard;

/// <summary>Uses the site with the keyboard alone: skip link, visible focus on every stop, filters, no focus trap.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed partial class KeyboardTests(BrowserSite site)
{
    // After the last focus stop, Tab moves on to the browser's own controls and document.activeElement becomes body.
    // A page that never gets there within this many presses keeps focus trapped.
    private const int MaxTabStops = 600;

    public static TheoryData<string> PagesToTabThrough() =>
        new()
        {
            "/", "/provision", "/provision?focus=mental-health&focus=attachment", "/provision/1", "/focus/mental-health",
            "/virtual-schools", "/virtual-schools/solihull", "/contacts", "/coverage",
        };

    [SkippableFact]
    public async Task SkipLink_IsFirstStopAndMovesFocusToMain()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync("/provision");

        await tab.Page.Keyboard.PressAsync("Tab");
        var first = await FocusedElement.ReadAsync(tab.Page);
        Assert.Equal("Skip to main content", first.Text);
        Assert.True(first.Width > 20, $"The focused skip link is {first.Width}px wide, too small to see.");
        Assert.True(first.Height > 20, $"The focused skip link is {first.Height}px high, too small to see.");
        Assert.True(first.HasVisibleIndicator, "The focused skip link has no visible focus indicator.");
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("keyboard", "skip-link-focused.png") });

        await tab.Page.Keyboard.PressAsync("Enter");
        var afterSkip = await FocusedElement.ReadAsync(tab.Page);
        Assert.Equal("main-content", afterSkip.Id);

        // The next stop is inside main, not the header navigation.
        await tab.Page.Keyboard.PressAsync("Tab");
        var inMain = await tab.Page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)");
        Assert.True(inMain, $"After the skip link, Tab focused {await FocusedElement.ReadAsync(tab.Page)} outside main.");
    }

    [SkippableTheory]
    [MemberData(nameof(PagesToTabThrough))]
    public async Task EveryTabStop_ShowsFocusAndNoneTraps(string path)
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync(path);

        var stops = new List<FocusedElement>();
        for (var press = 0; press < MaxTabStops; press++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedElement.ReadAsync(tab.Page);
            if (focused.IsBody)
            {
                break;
            }

            stops.Add(focused);
        }

        Assert.True(stops.Count > 3, $"Tab reached only {stops.Count} elements on {path}.");
        Assert.True(stops.Count < MaxTabStops, $"Tab never left the page {path} after {MaxTabStops} presses: focus is trapped near {stops[^1]}.");
        var withoutIndicator = stops.Where(stop => !stop.HasVisibleIndicator).Select(stop => stop.ToString()).Distinct().ToList();
        Assert.True(withoutIndicator.Count == 0, $"These elements on {path} show no visible focus: {string.Join(", ", withoutIndicator)}");
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Filters_WorkWithKeyboardAlone(int width)
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync(width);
        var page = tab.Page;
        await page.GotoAsync("/provision");

        // On a narrow screen the page folds the facets with nothing chosen; Enter on the summary opens one.
        var focusCheckbox = page.Locator("#focus-mental-health");
        if (!await focusCheckbox.IsVisibleAsync())
        {
            await FocusedElement.TabUntilAsync(page, focused => focused.Tag == "summary" && focused.Text == "Focus area", "the Focus area facet");
            await page.Keyboard.PressAsync("Enter");
        }

        await FocusedElement.TabUntilAsync(page, focused => focused.Id == "focus-mental-health", "the Mental Health checkbox");
        await page.Keyboard.PressAsync("Space");
        await FocusedElement.TabUntilAsync(page, focused => focused.Id == "focus-attachment", "the Attachment checkbox");
        await page.Keyboard.PressAsync("Space");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("keyboard", $"filter-checkbox-focused-{width}.png") });
        await FocusedElement.TabUntilAsync(page, focused => focused.Text == "Apply filters", "the Apply filters button");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(FocusQuery());
        Assert.Contains("focus=mental-health", page.Url);
        Assert.Contains("focus=attachment", page.Url);
        await Assertions.Expect(page.GetByText("Showing 22 of 48 provisions.")).ToBeVisibleAsync();

        // Removing one filter from the list of active filters, still by keyboard.
        await FocusedElement.TabUntilAsync(page, focused => focused.Text == "Remove Focus: Attachment", "the link that removes Attachment");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("keyboard", $"remove-filter-focused-{width}.png") });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("focus=attachment"));
        await Assertions.Expect(page.GetByText("Showing 24 of 48 provisions.")).ToBeVisibleAsync();
    }

    [GeneratedRegex("focus=.*focus=")]
    private static partial Regex FocusQuery();
}

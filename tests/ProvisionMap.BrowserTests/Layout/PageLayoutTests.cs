using Microsoft.Playwright;
using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Layout;

/// <summary>
/// Screenshots every page in <see cref="SitePages"/> at desktop and phone width into the artifacts folder, and checks
/// that no page scrolls sideways as a whole: wide tables must scroll inside their own region.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PageLayoutTests(BrowserSite site)
{
    // Lists the outermost elements whose right edge passes the viewport, skipping the content of regions that scroll
    // on their own, and describes each as tag.class#id with its width.
    private const string OutermostOverflowingElementsScript = """
        width => {
            const found = [];
            const visit = element => {
                const box = element.getBoundingClientRect();
                if (box.right > width + 1) {
                    found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join(".")}${element.id ? "#" + element.id : ""} (${Math.round(box.width)}px)`);
                    return;
                }
                const overflowX = getComputedStyle(element).overflowX;
                if (overflowX === "auto" || overflowX === "scroll") {
                    return;
                }
                [...element.children].forEach(visit);
            };
            [...document.body.children].forEach(visit);
            return found.slice(0, 10);
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(SitePages.DataAtEachWidth), MemberType = typeof(SitePages))]
    public async Task Page_FitsViewportWidth(SitePage sitePage, int width)
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync(width);
        var response = await tab.Page.GotoAsync(sitePage.Path);
        Assert.Equal(sitePage.Status, response?.Status);

        await tab.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Artifacts.PathFor("screenshots", $"{sitePage.Name}-{width}.png"),
            FullPage = true,
        });

        var pageWidth = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (pageWidth > width)
        {
            var overflowing = await tab.Page.EvaluateAsync<string[]>(OutermostOverflowingElementsScript, width);
            Assert.Fail($"{sitePage.Path} is {pageWidth}px wide in a {width}px viewport, so the whole page scrolls sideways. Elements past the right edge: {string.Join("; ", overflowing)}");
        }
    }

    [SkippableFact]
    public async Task ProvisionTable_ScrollsInOwnRegionOnPhone()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync(width: 375);
        await tab.Page.GotoAsync("/provision");

        // The table's own region, not the section around it, which is a region too because it has a heading.
        var region = tab.Page.Locator("[role=region]:has(> table)").First;
        var overflow = await region.EvaluateAsync<int>("element => element.scrollWidth - element.clientWidth");
        Assert.True(overflow > 0, "The first provision table fits a 375px screen, so this test no longer checks scrolling.");

        var serviceHeader = region.GetByRole(AriaRole.Columnheader, new LocatorGetByRoleOptions { Name = "Service", Exact = true });
        var firstService = region.Locator("tbody th[scope=row]").First;
        var regionLeft = (await region.BoundingBoxAsync())!.X;

        await region.EvaluateAsync("element => { element.scrollLeft = element.scrollWidth; }");

        var scrolled = await region.EvaluateAsync<int>("element => element.scrollLeft");
        Assert.True(scrolled > 0, "The table region did not scroll sideways.");
        Assert.InRange((await serviceHeader.BoundingBoxAsync())!.X, regionLeft - 1, regionLeft + 1);
        Assert.InRange((await firstService.BoundingBoxAsync())!.X, regionLeft - 1, regionLeft + 1);
    }
}

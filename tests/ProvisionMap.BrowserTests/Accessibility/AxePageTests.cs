using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Accessibility;

/// <summary>Runs axe-core's WCAG 2.2 A and AA rules on every page in <see cref="SitePages"/>, at desktop and phone width.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AxePageTests(BrowserSite site)
{
    [SkippableTheory]
    [MemberData(nameof(SitePages.DataAtEachWidth), MemberType = typeof(SitePages))]
    public async Task Page_HasNoWcagViolations(SitePage sitePage, int width)
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync(width);

        var response = await tab.Page.GotoAsync(sitePage.Path);
        Assert.Equal(sitePage.Status, response?.Status);

        var result = await tab.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeReport.WcagAaTags] },
        });
        Assert.True(result.Violations.Length == 0, AxeReport.Describe(sitePage.Path, result.Violations));
    }
}

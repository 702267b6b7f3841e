using Microsoft.Playwright;
using ProvisionMap.BrowserTests.Support;

namespace ProvisionMap.BrowserTests.Accessibility;

/// <summary>
/// Reads a provision table through the browser's accessibility tree, as a screen reader does: the caption names the
/// table, headers name the columns and rows, and tick cells read as Yes, No or a respondent count.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ProvisionTableSemanticsTests(BrowserSite site)
{
    private static readonly string[] FocusAreaNames =
    [
        "Educational Attainment", "Transition", "Behaviour", "Mental Health", "Attachment",
        "Social and Emotional Understanding", "Peer Relationships", "Family Relationships", "Placement Stability", "Other",
    ];

    [SkippableFact]
    public async Task Table_HasCaptionAndFullColumnHeaders()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync("/provision");

        var table = tab.Page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Direct support to schools: Training / CPD for schools", Exact = true });
        await Assertions.Expect(table).ToHaveCountAsync(1);
        foreach (var name in new[] { "Service", "Virtual school", "Provided for", "Contact" }.Concat(FocusAreaNames))
        {
            await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new LocatorGetByRoleOptions { Name = name, Exact = true })).ToHaveCountAsync(1);
        }
    }

    [SkippableFact]
    public async Task TickCells_ReadAsYesOrNo()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync("/provision");

        // Norfolk's whole-school training ticks Mental Health and leaves Peer Relationships empty.
        var cells = RowCells(tab.Page, "Whole school training on the issues that affect looked-after children");
        await Assertions.Expect(cells.Nth(FocusColumn("Mental Health"))).ToHaveAccessibleNameAsync("Yes");
        await Assertions.Expect(cells.Nth(FocusColumn("Peer Relationships"))).ToHaveAccessibleNameAsync("No");
    }

    [SkippableFact]
    public async Task SummaryCells_ReadAsRespondentCounts()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync("/provision");

        // The summary of designated-teacher training: 11 of its respondents gave Educational Attainment.
        var rowHeader = tab.Page.GetByRole(AriaRole.Rowheader).Filter(new LocatorFilterOptions { HasText = "Training specifically for DTs" });
        var cells = tab.Page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = rowHeader }).GetByRole(AriaRole.Cell);
        await Assertions.Expect(cells.Nth(FocusColumn("Educational Attainment"))).ToHaveAccessibleNameAsync("11 respondents");
    }

    // The cells of a row, found by its row header; cell 0 is the virtual school, then the focus areas in map order.
    private static ILocator RowCells(IPage page, string service)
    {
        var rowHeader = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = service, Exact = true });
        return page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = rowHeader }).GetByRole(AriaRole.Cell);
    }

    private static int FocusColumn(string focusArea) => 1 + Array.IndexOf(FocusAreaNames, focusArea);
}

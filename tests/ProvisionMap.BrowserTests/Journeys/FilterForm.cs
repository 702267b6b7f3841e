using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ProvisionMap.BrowserTests.Journeys;

/// <summary>
/// The filter form of /provision as a user sees it. Each facet value's label ends with the number of rows it would
/// give, such as "Mental Health (24 provisions)", so values are found by the start of their accessible name.
/// </summary>
public static class FilterForm
{
    /// <summary>
    /// A facet value's checkbox, found also inside a folded facet, which hides it from the accessibility tree.
    /// </summary>
    public static ILocator Checkbox(IPage page, string value) =>
        page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { NameRegex = new Regex($"^{Regex.Escape(value)} \\("), IncludeHidden = true });

    public static ILocator SearchBox(IPage page) =>
        page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Search", Exact = true });

    /// <summary>The links that remove one active filter each, named "Remove" and the filter, such as "Remove Focus: Attachment".</summary>
    public static ILocator RemoveLinks(IPage page) =>
        page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new Regex("^Remove ") });

    public static ILocator ApplyButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).First;

    /// <summary>
    /// Ticks a facet value, first opening its facet when the page has folded it, as it does on narrow screens for
    /// facets with nothing chosen.
    /// </summary>
    public static async Task CheckAsync(IPage page, string value)
    {
        var checkbox = Checkbox(page, value);
        await OpenFacetAsync(checkbox);
        await checkbox.CheckAsync();
    }

    /// <summary>Opens the facet that contains the checkbox when it is folded.</summary>
    public static async Task OpenFacetAsync(ILocator checkbox)
    {
        if (!await checkbox.IsVisibleAsync())
        {
            // The facet is the innermost <details> around the checkbox, which comes last in document order.
            var facet = checkbox.Page.Locator("details", new PageLocatorOptions { Has = checkbox }).Last;
            await facet.Locator("> summary").ClickAsync();
        }
    }
}

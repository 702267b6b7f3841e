using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.Export;

/// <summary>What the export links, the shortlist button and the printed heading of a list page need.</summary>
/// <param name="QueryString">The /provision query string of the view, starting with "?", or empty.</param>
/// <param name="FilterLabels">The view's filters in words, such as "Focus: Mental Health".</param>
public sealed record ExportToolsViewModel(string QueryString, IReadOnlyList<string> FilterLabels, DateTime? DataLoadedAtUtc);

/// <summary>
/// Renders the CSV and JSON links of a list of provision, the shortlist button, and a heading that only print shows.
/// On /provision the filters come from the request and the page passes its filter labels; the focus and
/// virtual-school pages pass their own filter.
/// </summary>
public sealed class ExportToolsViewComponent(ProvisionMapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? focus = null, string? vs = null, IReadOnlyList<string>? labels = null)
    {
        // Every query parameter but the page number is a filter, so the export contains the whole filtered list.
        List<KeyValuePair<string, string?>> pairs = focus is null && vs is null
            ? Request.Query.Where(pair => pair.Key != "page")
                .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
                .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
                .ToList()
            : [new("focus", focus), new("vs", vs)];
        pairs = pairs.Where(pair => pair.Value is not null).ToList();

        var filterLabels = labels ?? await LabelsAsync(focus, vs);
        var loadedAt = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(run => run.Id)
            .Select(run => (DateTime?)run.ImportedAtUtc)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View("~/Views/Shared/_ExportTools.cshtml",
            new ExportToolsViewModel(QueryHelpers.AddQueryString("", pairs), filterLabels, loadedAt));
    }

    private async Task<IReadOnlyList<string>> LabelsAsync(string? focus, string? vs)
    {
        var labels = new List<string>();
        if (focus is not null)
        {
            labels.Add($"Focus: {FocusAreaInfo.FindBySlug(focus)?.Name ?? focus}");
        }

        if (vs is not null)
        {
            var name = await db.LocalAuthorities.AsNoTracking()
                .Where(authority => authority.Slug == vs)
                .Select(authority => authority.Name)
                .FirstOrDefaultAsync(HttpContext.RequestAborted);
            labels.Add($"Virtual school: {name ?? vs}");
        }

        return labels;
    }
}

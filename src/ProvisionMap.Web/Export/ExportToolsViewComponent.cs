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
/// On /provision the filters come from the request; the focus and virtual-school pages pass theirs.
/// </summary>
public sealed class ExportToolsViewComponent(ProvisionMapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? focus = null, string? vs = null)
    {
        var pairs = focus is null && vs is null
            ? Request.Query.Where(pair => pair.Key is "focus" or "vs" or "q" or "map")
                .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
                .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
                .ToList()
            : [new("focus", focus), new("vs", vs)];
        pairs = pairs.Where(pair => pair.Value is not null).ToList();

        var labels = new List<string>();
        foreach (var (key, value) in pairs)
        {
            labels.Add(await LabelAsync(key, value!));
        }

        var loadedAt = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(run => run.Id)
            .Select(run => (DateTime?)run.ImportedAtUtc)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View("~/Views/Shared/_ExportTools.cshtml",
            new ExportToolsViewModel(QueryHelpers.AddQueryString("", pairs), labels, loadedAt));
    }

    private async Task<string> LabelAsync(string key, string value) => key switch
    {
        "focus" => $"Focus: {FocusAreaInfo.FindBySlug(value)?.Name ?? value}",
        "vs" => $"Virtual school: {await AuthorityNameAsync(value) ?? value}",
        "q" => $"Search: {value.Trim()}",
        _ => $"Map: {MapKindInfo.Find(value)?.Name ?? value}",
    };

    private Task<string?> AuthorityNameAsync(string slug) =>
        db.LocalAuthorities.AsNoTracking()
            .Where(authority => authority.Slug == slug.Trim().ToLower())
            .Select(authority => authority.Name)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
}

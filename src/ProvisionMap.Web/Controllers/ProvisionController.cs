using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[Route("provision")]
public sealed class ProvisionController(ProvisionMapDbContext db, ProvisionQueries provision, AuthorityQueries authorities) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ProvisionQueryParameters query, CancellationToken cancellationToken)
    {
        var (filter, error) = await query.ToFilterAsync(authorities, cancellationToken);
        if (filter is null)
        {
            return this.BadRequestPage(error!, "/provision");
        }

        var sections = await provision.FindGroupedAsync(filter, cancellationToken);
        var total = await db.Provisions.CountAsync(cancellationToken);
        var schools = await authorities.ListWithProvisionAsync(cancellationToken);
        var links = ProvisionLinks.From(query);
        var maps = await db.Sections.Select(section => section.Map).Distinct().ToListAsync(cancellationToken);

        return View(new ProvisionPageViewModel(
            sections,
            sections.Sum(section => section.RowCount),
            total,
            query.SearchText,
            FocusAreaInfo.All.Select(info => new FocusOptionViewModel(info, filter.Focuses.Contains(info))).ToList(),
            schools.Select(school => new AuthorityOptionViewModel(school.Name, school.Slug, school.Slug == filter.Authority?.Slug)).ToList(),
            MapOptions(maps, filter.Map),
            ActiveFilters(filter, links),
            FocusSummary(filter.Focuses)));
    }

    private static List<ActiveFilterViewModel> ActiveFilters(ProvisionFilter filter, ProvisionLinks links)
    {
        var active = filter.Focuses
            .Select(focus => new ActiveFilterViewModel($"Focus: {focus.Name}", links.WithoutFocus(focus.Slug).Url()))
            .ToList();
        if (filter.Authority is not null)
        {
            active.Add(new ActiveFilterViewModel($"Virtual school: {filter.Authority.Name}", (links with { VirtualSchool = null }).Url()));
        }

        if (filter.Words.Count > 0)
        {
            active.Add(new ActiveFilterViewModel($"Search: {string.Join(' ', filter.Words)}", (links with { Search = null }).Url()));
        }

        if (filter.Map is not null)
        {
            active.Add(new ActiveFilterViewModel($"Map: {filter.Map.Name}", (links with { Map = null }).Url()));
        }

        return active;
    }

    /// <summary>Lists the loaded maps to choose from, or none when only one map is loaded.</summary>
    private static List<MapOptionViewModel> MapOptions(List<MapKind> maps, MapKindInfo? selected) =>
        maps.Count < 2
            ? []
            : maps.Order().Select(MapKindInfo.Of).Select(map => new MapOptionViewModel(map.Name, map.Slug, map == selected)).ToList();

    private static string? FocusSummary(IReadOnlyList<FocusAreaInfo> focuses) => focuses.Count switch
    {
        0 => null,
        1 => $"Showing provision that covers {focuses[0].Name}.",
        _ => $"Showing provision that covers all of {string.Join(", ", focuses.Take(focuses.Count - 1).Select(focus => focus.Name))} " +
             $"and {focuses[^1].Name}: each row has every one of these focus areas.",
    };
}

using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Counts, for every value of every facet, the rows the list would show if that value were chosen with the other
/// active filters. Each facet is one grouped query, so the cost does not grow with the number of values.
/// </summary>
public sealed class FacetCounter(ProvisionMapDbContext db, ProvisionQueries queries)
{
    public async Task<IReadOnlyList<FacetViewModel>> CountAsync(
        ProvisionFilter filter, FilterLookup lookup, ProvisionLinks links, CancellationToken cancellationToken)
    {
        var facets = new List<FacetViewModel> { await FocusFacetAsync(filter, links, cancellationToken) };
        foreach (var facet in TermFacetInfo.All)
        {
            var terms = lookup.TermsOf(facet.Facet).ToList();
            if (terms.Count > 0)
            {
                facets.Add(await TermFacetAsync(facet, terms, filter, links, cancellationToken));
            }
        }

        facets.Add(await RegionFacetAsync(filter, lookup, links, cancellationToken));
        facets.Add(await AuthorityFacetAsync(filter, lookup, links, cancellationToken));
        var maps = await MapFacetAsync(filter, links, cancellationToken);
        if (maps is not null)
        {
            facets.Add(maps);
        }

        return facets;
    }

    private async Task<FacetViewModel> FocusFacetAsync(ProvisionFilter filter, ProvisionLinks links, CancellationToken cancellationToken)
    {
        // Focus areas combine with AND, so a value's count is how many of the current rows also cover it.
        var counts = await queries.ApplyFilters(db.Provisions, filter)
            .SelectMany(provision => provision.Focuses)
            .GroupBy(focus => focus.Area)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

        var values = FocusAreaInfo.All
            .Select(info => Value("focus", info.Slug, info.Name, counts.GetValueOrDefault(info.Area), links))
            .ToList();
        return new FacetViewModel("focus", "Focus area", "focus", "Rows must cover every focus area you choose.", values);
    }

    private async Task<FacetViewModel> TermFacetAsync(
        TermFacetInfo facet, List<VocabularyTerm> terms, ProvisionFilter filter, ProvisionLinks links, CancellationToken cancellationToken)
    {
        var facetKey = facet.Facet;
        var counts = await queries.ApplyFilters(db.Provisions, filter, ProvisionQueries.ToFacetKind(facet.Facet))
            .SelectMany(provision => provision.Terms)
            .Where(term => term.Facet == facetKey)
            .GroupBy(term => term.TermSlug)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

        var values = terms.Select(term => Value(facet.Parameter, term.Slug, term.Name, counts.GetValueOrDefault(term.Slug), links)).ToList();
        return new FacetViewModel(facet.Parameter, facet.Name, facet.Parameter, "Rows may match any one you choose.", values);
    }

    private async Task<FacetViewModel> RegionFacetAsync(
        ProvisionFilter filter, FilterLookup lookup, ProvisionLinks links, CancellationToken cancellationToken)
    {
        // A row naming two authorities of one region counts once for that region.
        var counts = await queries.ApplyFilters(db.Provisions, filter, FacetKind.Region)
            .SelectMany(provision => provision.Authorities, (provision, link) => new { provision.Id, link.LocalAuthority.Region })
            .Distinct()
            .GroupBy(row => row.Region)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

        var values = lookup.Regions.Select(region => Value("region", region.Slug, region.Name, counts.GetValueOrDefault(region.Name), links)).ToList();
        return new FacetViewModel("region", "Region", "region", "Rows of virtual schools in any region you choose.", values);
    }

    private async Task<FacetViewModel> AuthorityFacetAsync(
        ProvisionFilter filter, FilterLookup lookup, ProvisionLinks links, CancellationToken cancellationToken)
    {
        var counts = await queries.ApplyFilters(db.Provisions, filter, FacetKind.VirtualSchool)
            .SelectMany(provision => provision.Authorities)
            .GroupBy(link => link.LocalAuthorityId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);
        var named = await db.ProvisionAuthorities.Select(link => link.LocalAuthorityId).Distinct().ToListAsync(cancellationToken);

        // Only authorities that the loaded maps name are offered, so the list does not fill with 153 names of zeros.
        var values = lookup.Authorities
            .Where(authority => named.Contains(authority.Id) || filter.Authorities.Contains(authority))
            .Select(authority => Value("vs", authority.Slug, authority.Name, counts.GetValueOrDefault(authority.Id), links))
            .ToList();
        return new FacetViewModel("vs", "Virtual school", "vs", "Rows of any virtual school you choose, including summary rows that name it.", values);
    }

    private async Task<FacetViewModel?> MapFacetAsync(ProvisionFilter filter, ProvisionLinks links, CancellationToken cancellationToken)
    {
        var counts = await queries.ApplyFilters(db.Provisions, filter, FacetKind.Map)
            .GroupBy(provision => provision.Map)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);
        var loaded = await db.Sections.Select(section => section.Map).Distinct().ToListAsync(cancellationToken);
        if (loaded.Count < 2 && filter.Maps.Count == 0)
        {
            return null;
        }

        var values = MapKindInfo.All
            .Where(map => loaded.Contains(map.Kind) || filter.Maps.Contains(map))
            .Select(map => Value("map", map.Slug, map.Name, counts.GetValueOrDefault(map.Kind), links))
            .ToList();
        return new FacetViewModel("map", "Provision map", "map", "Rows of any map you choose.", values);
    }

    private static FacetValueViewModel Value(string parameter, string value, string label, int count, ProvisionLinks links) =>
        new(value, label, count, links.Has(parameter, value), links.Toggle(parameter, value).Url());
}

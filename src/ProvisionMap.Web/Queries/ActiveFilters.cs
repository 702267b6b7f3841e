using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Lists the filters in force in words, each with the link that removes only that filter.
/// </summary>
public static class ActiveFilters
{
    public static IReadOnlyList<ActiveFilterViewModel> Build(ProvisionFilter filter, ProvisionLinks links)
    {
        var active = new List<ActiveFilterViewModel>();
        active.AddRange(filter.Focuses.Select(focus => Item($"Focus: {focus.Name}", links.Without("focus", focus.Slug))));
        foreach (var facet in TermFacetInfo.All)
        {
            active.AddRange(filter.TermsOf(facet.Facet).Select(term => Item($"{facet.Name}: {term.Name}", links.Without(facet.Parameter, term.Slug))));
        }

        active.AddRange(filter.Regions.Select(region => Item($"Region: {region.Name}", links.Without("region", region.Slug))));
        active.AddRange(filter.Authorities.Select(authority => Item($"Virtual school: {authority.Name}", links.Without("vs", authority.Slug))));
        active.AddRange(filter.Maps.Select(map => Item($"Map: {map.Name}", links.Without("map", map.Slug))));
        if (filter.Summaries == SummaryRows.Hide)
        {
            active.Add(Item("Without summary rows", links.WithoutAll("summaries")));
        }
        else if (filter.Summaries == SummaryRows.Only)
        {
            active.Add(Item("Summary rows only", links.WithoutAll("summaries")));
        }

        if (filter.Search.HasText)
        {
            active.Add(Item($"Search: {filter.Search.Text}", links.WithoutAll("q")));
        }

        return active;
    }

    private static ActiveFilterViewModel Item(string label, ProvisionLinks remaining) => new(label, remaining.Url());
}

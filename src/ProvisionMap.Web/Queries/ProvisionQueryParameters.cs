using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Search;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// The query string of the provision list: <c>focus</c>, <c>audience</c>, <c>level</c>, <c>provider</c>, <c>region</c>,
/// <c>vs</c> and <c>map</c> (each repeatable), <c>q</c> and <c>page</c>.
/// </summary>
public sealed class ProvisionQueryParameters
{
    public const int MaxValuesPerFacet = 200;

    [FromQuery(Name = "focus")]
    public string[] Focus { get; set; } = [];

    [FromQuery(Name = "audience")]
    public string[] Audience { get; set; } = [];

    [FromQuery(Name = "level")]
    public string[] Level { get; set; } = [];

    [FromQuery(Name = "provider")]
    public string[] Provider { get; set; } = [];

    [FromQuery(Name = "region")]
    public string[] Region { get; set; } = [];

    [FromQuery(Name = "vs")]
    public string[] VirtualSchool { get; set; } = [];

    [FromQuery(Name = "map")]
    public string[] Map { get; set; } = [];

    /// <summary>"hide" leaves summary rows out and "only" shows nothing else.</summary>
    [FromQuery(Name = "summaries")]
    public string? Summaries { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    public string SearchText => (Search ?? "").Trim();

    /// <summary>
    /// Turns the parameters into a filter, or returns a message that names the invalid value and what to use instead.
    /// </summary>
    public (ProvisionFilter? Filter, string? Error) ToFilter(FilterLookup lookup)
    {
        var error = CheckSizes();
        if (error is not null)
        {
            return (null, error);
        }

        var focuses = new List<FocusAreaInfo>();
        foreach (var slug in Values(Focus))
        {
            var info = FocusAreaInfo.FindBySlug(slug);
            if (info is null)
            {
                return (null, $"\"{Shorten(slug)}\" is not a focus area. Use one of: {string.Join(", ", FocusAreaInfo.All.Select(area => area.Slug))}.");
            }

            focuses.Add(info);
        }

        var terms = new List<VocabularyTerm>();
        foreach (var (facet, values) in TermValues())
        {
            foreach (var slug in values)
            {
                var term = lookup.FindTerm(facet.Facet, slug);
                if (term is null)
                {
                    var known = lookup.TermsOf(facet.Facet).Select(candidate => candidate.Slug).ToList();
                    return (null, $"\"{Shorten(slug)}\" is not a {facet.Name.ToLowerInvariant()} term. " +
                        (known.Count == 0 ? "No terms are loaded for this filter." : $"Use one of: {string.Join(", ", known)}."));
                }

                terms.Add(term);
            }
        }

        var regions = new List<RegionInfo>();
        foreach (var slug in Values(Region))
        {
            var region = lookup.FindRegion(slug);
            if (region is null)
            {
                return (null, $"\"{Shorten(slug)}\" is not an English region. Use one of: {string.Join(", ", lookup.Regions.Select(candidate => candidate.Slug))}.");
            }

            regions.Add(region);
        }

        var authorities = new List<LocalAuthority>();
        foreach (var slug in Values(VirtualSchool))
        {
            var authority = lookup.FindAuthority(slug);
            if (authority is null)
            {
                return (null, $"\"{Shorten(slug)}\" is not a virtual school in this directory. Choose one from the list of virtual schools.");
            }

            authorities.Add(authority);
        }

        var maps = new List<MapKindInfo>();
        foreach (var value in Values(Map))
        {
            var map = MapKindInfo.Find(value);
            if (map is null)
            {
                return (null, $"\"{Shorten(value)}\" is not a provision map. Use one of: {string.Join(", ", MapKindInfo.All.Select(info => info.Slug))}.");
            }

            maps.Add(map);
        }

        var summaries = (Summaries ?? "").Trim().ToLowerInvariant() switch
        {
            "" => SummaryRows.Include,
            "hide" => SummaryRows.Hide,
            "only" => SummaryRows.Only,
            _ => (SummaryRows?)null,
        };
        if (summaries is null)
        {
            return (null, $"\"{Shorten(Summaries!)}\" is not a choice for summary rows. Use hide or only, or leave it out.");
        }

        var search = SearchQuery.Parse(SearchText);
        if (search.Words.Count > SearchQuery.MaxWords)
        {
            return (null, $"The search has more than {SearchQuery.MaxWords} words. Use fewer words.");
        }

        // Values are put in one fixed order, so the same choices in any order give the same page, links and cache entry.
        return (new ProvisionFilter(
            focuses.Distinct().OrderBy(focus => focus.Area).ToList(),
            authorities.Distinct().OrderBy(authority => authority.Name, StringComparer.Ordinal).ToList(),
            regions.Distinct().OrderBy(region => region.Name, StringComparer.Ordinal).ToList(),
            terms.Distinct().OrderBy(term => term.Facet).ThenBy(term => term.Position).ToList(),
            maps.Distinct().OrderBy(map => map.Kind).ToList(),
            search,
            summaries.Value), null);
    }

    /// <summary>Reads the page number: 1 when absent, null when it is not a whole number of at least 1.</summary>
    public int? PageNumber()
    {
        if (string.IsNullOrWhiteSpace(Page))
        {
            return 1;
        }

        return int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
    }

    public IEnumerable<(TermFacetInfo Facet, IReadOnlyList<string> Values)> TermValues()
    {
        yield return (TermFacetInfo.Of(TermFacet.Audience), Values(Audience));
        yield return (TermFacetInfo.Of(TermFacet.Level), Values(Level));
        yield return (TermFacetInfo.Of(TermFacet.Provider), Values(Provider));
    }

    private string? CheckSizes()
    {
        if (SearchText.Length > SearchQuery.MaxLength)
        {
            return $"The search text is longer than {SearchQuery.MaxLength} characters. Use a few words.";
        }

        string[][] facets = [Focus, Audience, Level, Provider, Region, VirtualSchool, Map];
        return facets.Any(values => values.Length > MaxValuesPerFacet)
            ? $"A filter has more than {MaxValuesPerFacet} values. Choose fewer."
            : null;
    }

    /// <summary>Trimmed, lower-case, distinct values without blanks.</summary>
    private static IReadOnlyList<string> Values(IEnumerable<string?> values) => values
        .Where(value => !string.IsNullOrWhiteSpace(value))
        .Select(value => value!.Trim().ToLowerInvariant())
        .Distinct()
        .ToList();

    /// <summary>Shortens a value quoted back in a message, so a very long parameter does not fill the page.</summary>
    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}

using Microsoft.AspNetCore.WebUtilities;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Builds /provision URLs from the active filters, so every link on a page can keep the other filters while it adds,
/// removes or changes one value. The parameters are written in one fixed order, so equal filters give equal URLs.
/// </summary>
public sealed class ProvisionLinks
{
    private readonly IReadOnlyList<QueryPair> _pairs;

    private ProvisionLinks(IReadOnlyList<QueryPair> pairs) => _pairs = pairs;

    public static ProvisionLinks From(ProvisionFilter filter)
    {
        var pairs = new List<QueryPair>();
        pairs.AddRange(filter.Focuses.Select(focus => Pair("focus", focus.Slug)));
        foreach (var facet in TermFacetInfo.All)
        {
            pairs.AddRange(filter.TermsOf(facet.Facet).Select(term => Pair(facet.Parameter, term.Slug)));
        }

        pairs.AddRange(filter.Regions.Select(region => Pair("region", region.Slug)));
        pairs.AddRange(filter.Authorities.Select(authority => Pair("vs", authority.Slug)));
        pairs.AddRange(filter.Maps.Select(map => Pair("map", map.Slug)));
        if (filter.Summaries != SummaryRows.Include)
        {
            pairs.Add(Pair("summaries", filter.Summaries == SummaryRows.Hide ? "hide" : "only"));
        }

        if (filter.Search.HasText)
        {
            pairs.Add(Pair("q", filter.Search.Text));
        }

        return new ProvisionLinks(pairs);
    }

    public bool Has(string key, string value) => _pairs.Contains(Pair(key, value));

    public ProvisionLinks Without(string key, string value) => new(_pairs.Where(pair => pair != Pair(key, value)).ToList());

    public ProvisionLinks WithoutAll(string key) => new(_pairs.Where(pair => pair.Key != key).ToList());

    public ProvisionLinks With(string key, string value) => Has(key, value) ? this : new([.. _pairs, Pair(key, value)]);

    /// <summary>Adds the value when it is absent and removes it when present, as a checkbox would.</summary>
    public ProvisionLinks Toggle(string key, string value) => Has(key, value) ? Without(key, value) : With(key, value);

    /// <summary>Returns the URL of the list with these filters, on the given page, with an optional fragment.</summary>
    public string Url(int page = 1, string? fragment = null, string path = "/provision")
    {
        var pairs = _pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)).ToList();
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var url = QueryHelpers.AddQueryString(path, pairs);
        return fragment is null ? url : $"{url}#{fragment}";
    }

    /// <summary>The query string without the leading "?", or an empty string.</summary>
    public string QueryString()
    {
        var url = Url();
        var start = url.IndexOf('?', StringComparison.Ordinal);
        return start < 0 ? "" : url[(start + 1)..];
    }

    private static QueryPair Pair(string key, string value) => new(key, value);

    private readonly record struct QueryPair(string Key, string Value);
}

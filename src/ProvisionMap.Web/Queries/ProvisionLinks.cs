using Microsoft.AspNetCore.WebUtilities;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Builds /provision URLs from a set of filter values, so every link on a page can keep the other active filters.
/// </summary>
public sealed record ProvisionLinks(IReadOnlyList<string> Focuses, string? VirtualSchool, string? Search, string? Map)
{
    public static ProvisionLinks From(ProvisionQueryParameters parameters) =>
        new(parameters.FocusSlugs, Blank(parameters.VirtualSchool), Blank(parameters.SearchText), Blank(parameters.Map));

    public string Url()
    {
        var pairs = Focuses.Select(focus => new KeyValuePair<string, string?>("focus", focus)).ToList();
        Add(pairs, "vs", VirtualSchool);
        Add(pairs, "q", Search);
        Add(pairs, "map", Map);
        return QueryHelpers.AddQueryString("/provision", pairs);
    }

    public ProvisionLinks WithoutFocus(string focus) => this with { Focuses = Focuses.Where(slug => slug != focus).ToList() };

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new(key, value));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

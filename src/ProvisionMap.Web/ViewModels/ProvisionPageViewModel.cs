using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.ViewModels;

/// <summary>A filter in force, with the link that removes it.</summary>
public sealed record ActiveFilterViewModel(string Label, string RemoveUrl);

/// <summary>A link offered when a search finds nothing, such as an authority whose name the words resemble.</summary>
public sealed record SuggestionViewModel(string Text, string Url);

/// <summary>A link of the page list; <paramref name="Url"/> is null for the current page.</summary>
public sealed record PageLinkViewModel(int Number, string? Url);

public sealed record ProvisionPageViewModel(
    IReadOnlyList<SectionGroupViewModel> Sections,
    int MatchCount,
    int TotalCount,
    int Page,
    int PageCount,
    int FirstRow,
    int LastRow,
    string Search,
    string? SummariesValue,
    IReadOnlyList<FacetViewModel> Facets,
    IReadOnlyList<ActiveFilterViewModel> ActiveFilters,
    string? FocusSummary,
    IReadOnlyList<SuggestionViewModel> Suggestions,
    ProvisionLinks Links)
{
    public int RowCount => LastRow - FirstRow + (MatchCount == 0 ? 0 : 1);

    /// <summary>The first and last pages and those within two of the current one.</summary>
    public IReadOnlyList<PageLinkViewModel> PageLinks =>
        Enumerable.Range(1, PageCount)
            .Where(number => number == 1 || number == PageCount || Math.Abs(number - Page) <= 2)
            .Select(number => new PageLinkViewModel(number, number == Page ? null : Links.Url(number)))
            .ToList();
}

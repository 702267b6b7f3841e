using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Search;
using ProvisionMap.Core.Text;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Builds the links offered when a search finds nothing: the authorities and focus areas the words look like,
/// the same search without the other filters, and a way to clear everything.
/// </summary>
public static class SearchSuggestions
{
    public static IReadOnlyList<SuggestionViewModel> Build(
        ProvisionFilter filter, AuthorityDirectory directory, IReadOnlySet<int> authoritiesWithProvision, IReadOnlyList<RegionInfo> regions)
    {
        var suggestions = new List<SuggestionViewModel>();
        if (filter.Search.HasText)
        {
            var folded = string.Join(' ', SearchQuery.Fold(filter.Search.Text));
            foreach (var region in regions.Where(region => string.Join(' ', SearchQuery.Fold(region.Name)) == folded))
            {
                suggestions.Add(new SuggestionViewModel($"Provision of virtual schools in {region.Name}", $"/provision?region={region.Slug}"));
            }

            // The whole text may be an authority's name, or one of its words may clearly name one, as in "atachment brighton".
            var authorities = directory.Search(filter.Search.Text).Take(3)
                .Concat(filter.Search.Words.Where(word => word.Length >= 4).Select(directory.FindOne).OfType<AuthorityRecord>())
                .DistinctBy(authority => authority.Code)
                .Take(3);
            foreach (var authority in authorities)
            {
                var slug = MatchKey.Slugify(authority.Name);
                suggestions.Add(authoritiesWithProvision.Contains(authority.Code)
                    ? new SuggestionViewModel($"Provision of {authority.Name}", $"/provision?vs={slug}")
                    : new SuggestionViewModel($"Contact for {authority.Name} (no provision in this map)", $"/virtual-schools/{slug}#contact"));
            }

            foreach (var focus in FocusAreaInfo.All.Where(focus => LooksLike(filter.Search, focus.Name)))
            {
                suggestions.Add(new SuggestionViewModel($"Provision with the focus area {focus.Name}", $"/provision?focus={focus.Slug}"));
            }

            if (!(filter with { Search = SearchQuery.Empty }).IsEmpty)
            {
                suggestions.Add(new SuggestionViewModel(
                    $"Search all provision for \"{filter.Search.Text}\", without the other filters",
                    ProvisionLinks.From(ProvisionFilter.None with { Search = filter.Search }).Url()));
            }
        }

        suggestions.Add(new SuggestionViewModel("Clear all filters and show the whole map", "/provision"));
        return suggestions;
    }

    /// <summary>
    /// Tells whether a search word starts a word of the name or is a slip of one or two letters from it,
    /// so "atachment" and "mental" suggest Attachment and Mental Health.
    /// </summary>
    private static bool LooksLike(SearchQuery search, string name)
    {
        var nameWords = SearchQuery.Fold(name).Where(word => word.Length >= 4).ToList();
        return search.Words.Where(word => word.Length >= 4).Any(word => nameWords.Any(nameWord =>
            nameWord.StartsWith(word, StringComparison.Ordinal)
            || EditDistance.Between(nameWord, word) <= (nameWord.Length >= 8 ? 2 : 1)));
    }
}

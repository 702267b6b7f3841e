using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Search;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Validated filters of a provision list. A row must cover every focus area, match at least one choice of each
/// other facet that has choices, and contain every search word.
/// </summary>
public sealed record ProvisionFilter(
    IReadOnlyList<FocusAreaInfo> Focuses,
    IReadOnlyList<LocalAuthority> Authorities,
    IReadOnlyList<RegionInfo> Regions,
    IReadOnlyList<VocabularyTerm> Terms,
    IReadOnlyList<MapKindInfo> Maps,
    SearchQuery Search,
    SummaryRows Summaries = SummaryRows.Include)
{
    public static readonly ProvisionFilter None = new([], [], [], [], [], SearchQuery.Empty);

    public static ProvisionFilter ForAuthority(LocalAuthority authority) => None with { Authorities = [authority] };

    public static ProvisionFilter ForFocus(FocusAreaInfo focus) => None with { Focuses = [focus] };

    public bool IsEmpty =>
        Focuses.Count == 0 && Authorities.Count == 0 && Regions.Count == 0 && Terms.Count == 0 && Maps.Count == 0 && !Search.HasText
        && Summaries == SummaryRows.Include;

    public IReadOnlyList<VocabularyTerm> TermsOf(TermFacet facet) => Terms.Where(term => term.Facet == facet).ToList();
}

/// <summary>Whether a list shows the rows that summarise many respondents.</summary>
public enum SummaryRows
{
    Include,
    Hide,
    Only,
}

namespace ProvisionMap.Web.ViewModels;

/// <summary>An authority's contact as the map gives it on the authority's own rows.</summary>
public sealed record ContactViewModel(string? Name, string Email);

/// <summary>One line of the virtual schools list.</summary>
public sealed record VirtualSchoolSummaryViewModel(
    string Name,
    string Slug,
    string Region,
    IReadOnlyList<ContactViewModel> Contacts,
    int ProvisionCount,
    int SummaryMentions);

public sealed record VirtualSchoolListViewModel(
    IReadOnlyList<VirtualSchoolSummaryViewModel> VirtualSchools,
    string? Query,
    IReadOnlyList<VirtualSchoolSummaryViewModel>? Matches,
    IReadOnlyList<AuthorityLinkViewModel> MatchesWithoutProvision);

public sealed record VirtualSchoolPageViewModel(
    string Name,
    string Slug,
    string Region,
    int Code,
    string OnsCode,
    IReadOnlyList<ContactViewModel> Contacts,
    IReadOnlyList<SectionGroupViewModel> Sections,
    IReadOnlyList<SectionGroupViewModel> SummarySections,
    int ProvisionCount,
    int SummaryCount,
    string? TypedName = null);

using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

/// <summary>A filter in force, with the link that removes it.</summary>
public sealed record ActiveFilterViewModel(string Label, string RemoveUrl);

public sealed record FocusOptionViewModel(FocusAreaInfo Focus, bool Selected);

public sealed record AuthorityOptionViewModel(string Name, string Slug, bool Selected);

public sealed record MapOptionViewModel(string Name, string Slug, bool Selected);

public sealed record ProvisionPageViewModel(
    IReadOnlyList<SectionGroupViewModel> Sections,
    int RowCount,
    int TotalCount,
    string Search,
    IReadOnlyList<FocusOptionViewModel> FocusOptions,
    IReadOnlyList<AuthorityOptionViewModel> AuthorityOptions,
    IReadOnlyList<MapOptionViewModel> MapOptions,
    IReadOnlyList<ActiveFilterViewModel> ActiveFilters,
    string? FocusSummary);

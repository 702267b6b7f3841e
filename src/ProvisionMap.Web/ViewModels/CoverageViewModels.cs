using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

/// <summary>A number of the coverage grid with the provision list it stands for, or no link when it is zero.</summary>
public sealed record CoverageCellViewModel(int Count, string? Url);

/// <summary>One virtual school's own provision per focus area, in <see cref="FocusAreaInfo.All"/> order.</summary>
public sealed record CoverageRowViewModel(string Name, string Slug, IReadOnlyList<CoverageCellViewModel> Cells, CoverageCellViewModel Total);

/// <summary>The virtual schools of one region with the region's totals.</summary>
public sealed record CoverageRegionViewModel(
    string Name,
    string Slug,
    IReadOnlyList<CoverageRowViewModel> Rows,
    IReadOnlyList<CoverageCellViewModel> Totals,
    CoverageCellViewModel Total);

/// <param name="SummaryRespondents">Respondents counted by summary rows per focus area, kept apart from the authorities' own rows.</param>
/// <param name="ShowAll">True when authorities without provision are listed too.</param>
public sealed record CoveragePageViewModel(
    IReadOnlyList<CoverageRegionViewModel> Regions,
    IReadOnlyList<CoverageCellViewModel> Totals,
    CoverageCellViewModel Total,
    IReadOnlyList<int> SummaryRespondents,
    int SummaryRowCount,
    bool ShowAll,
    int AuthorityCount,
    int AuthoritiesWithProvision);

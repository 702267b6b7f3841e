using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

public sealed record SectionCountViewModel(string MapName, string Name, string Slug, int Count);

public sealed record FocusCountViewModel(FocusAreaInfo Focus, int Count);

public sealed record HomeViewModel(
    IReadOnlyList<SectionCountViewModel> Sections,
    IReadOnlyList<FocusCountViewModel> Focuses,
    int ProvisionCount,
    int SummaryCount,
    int VirtualSchoolCount,
    DateTime? ImportedAtUtc);

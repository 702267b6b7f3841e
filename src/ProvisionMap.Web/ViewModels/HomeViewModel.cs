using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

public sealed record SectionCountViewModel(string MapName, string MapSlug, string Name, string Slug, int Count)
{
    /// <summary>Fragment id of the section's heading on the provision page.</summary>
    public string Anchor => $"{MapSlug}-{Slug}";
}

public sealed record FocusCountViewModel(FocusAreaInfo Focus, int Count);

public sealed record HomeViewModel(
    IReadOnlyList<SectionCountViewModel> Sections,
    IReadOnlyList<FocusCountViewModel> Focuses,
    int ProvisionCount,
    int SummaryCount,
    int VirtualSchoolCount,
    DateTime? ImportedAtUtc);

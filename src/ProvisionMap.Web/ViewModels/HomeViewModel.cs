using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

public sealed record SectionCountViewModel(string MapName, string MapSlug, string Name, string Slug, int Count)
{
    /// <summary>Fragment id of the section's heading on the provision page.</summary>
    public string Anchor => $"{MapSlug}-{Slug}";
}

public sealed record FocusCountViewModel(FocusAreaInfo Focus, int Count);

/// <summary>A link into the provision list with the number of rows it gives, such as an audience or a region.</summary>
public sealed record BrowseLinkViewModel(string Name, string Url, int Count);

public sealed record HomeViewModel(
    IReadOnlyList<SectionCountViewModel> Sections,
    IReadOnlyList<FocusCountViewModel> Focuses,
    IReadOnlyList<BrowseLinkViewModel> Audiences,
    IReadOnlyList<BrowseLinkViewModel> Regions,
    int ProvisionCount,
    int SummaryCount,
    int VirtualSchoolCount,
    DateTime? ImportedAtUtc);

namespace ProvisionMap.Web.ViewModels;

/// <summary>A vocabulary term of the provision with the entries of the original cell that gave it.</summary>
public sealed record TermViewModel(string Name, string Parameter, string Slug, string Entries);

/// <summary>A link to related provision, with how many rows it lists besides this one.</summary>
public sealed record RelatedLinkViewModel(string Text, string Url, int OtherCount);

/// <summary>Everything about one provision, for its own page.</summary>
public sealed record ProvisionDetailViewModel(
    ProvisionRowViewModel Row,
    string MapName,
    string SectionName,
    string SectionAnchor,
    string? SectionNote,
    string? SubsectionName,
    string? SubsectionNote,
    IReadOnlyList<TermViewModel> Terms,
    IReadOnlyList<RelatedLinkViewModel> Related,
    int SourceLine);

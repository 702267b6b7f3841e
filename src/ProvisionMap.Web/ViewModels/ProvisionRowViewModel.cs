using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

/// <summary>A link to a virtual school's page, with its main contact email where a summary row needs it.</summary>
public sealed record AuthorityLinkViewModel(string Name, string Slug, string? ContactEmail = null);

/// <summary>One focus-area cell of a provision row: a tick, a respondent count, or nothing.</summary>
public sealed record FocusCellViewModel(FocusAreaInfo Focus, bool IsSet, int? RespondentCount, string? Description);

/// <summary>One provision as the tables show it.</summary>
public sealed record ProvisionRowViewModel(
    int Id,
    int SectionId,
    int? SubsectionId,
    string Service,
    bool IsSummary,
    IReadOnlyList<AuthorityLinkViewModel> Authorities,
    int UnlistedRespondents,
    IReadOnlyList<FocusCellViewModel> Focuses,
    string ProvidedFor,
    string LevelOfProvision,
    string ProvidedBy,
    string ProfessionalsInvolved,
    string? ContactName,
    string? ContactEmail,
    string ContactText)
{
    public int RespondentTotal => Authorities.Count + UnlistedRespondents;
}

/// <summary>A table of provision under one heading, with the search words to mark in it.</summary>
public sealed record ProvisionTableViewModel(string Caption, IReadOnlyList<ProvisionRowViewModel> Rows, IReadOnlyList<string> HighlightWords)
{
    public ProvisionTableViewModel(string caption, IReadOnlyList<ProvisionRowViewModel> rows)
        : this(caption, rows, [])
    {
    }
}

/// <summary>The rows of one subsection, or the rows of a section that sit under no subsection.</summary>
public sealed record SubsectionGroupViewModel(string? Name, string? Note, ProvisionTableViewModel Table);

public sealed record SectionGroupViewModel(
    string MapName,
    string MapSlug,
    string Name,
    string Slug,
    string? Note,
    IReadOnlyList<SubsectionGroupViewModel> Groups)
{
    public int RowCount => Groups.Sum(group => group.Table.Rows.Count);

    /// <summary>Fragment id of the section's heading, unique across maps.</summary>
    public string Anchor => $"{MapSlug}-{Slug}";
}

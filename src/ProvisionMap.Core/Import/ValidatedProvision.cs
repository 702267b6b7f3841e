using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Import;

/// <summary>
/// A provision row that passed validation, with its authorities resolved and its cells parsed.
/// </summary>
public sealed record ValidatedProvision(
    int Line,
    MapKind Map,
    string Section,
    string? Subsection,
    string Service,
    string VirtualSchoolText,
    IReadOnlyList<AuthorityRecord> Authorities,
    int UnlistedRespondents,
    bool IsSummary,
    IReadOnlyList<ProvisionFocus> Focuses,
    string ProvidedFor,
    string LevelOfProvision,
    string ProvidedBy,
    string ProfessionalsInvolved,
    string ContactText,
    string? ContactName,
    string? ContactEmail);

using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Vocabulary;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Everything a validated import would write: the maps it replaces, their sections and provision,
/// and the full list of authorities. Ids are assigned when the plan is written.
/// </summary>
public sealed class ImportPlan
{
    public required IReadOnlyList<AuthorityRecord> Authorities { get; init; }

    public required IReadOnlySet<MapKind> Maps { get; init; }

    /// <summary>The vocabulary to store, or null to keep the stored one.</summary>
    public TermVocabulary? Vocabulary { get; init; }

    /// <summary>Sections in map order, each with its subsections.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>Provision in file order, linked to <see cref="Sections"/> through navigation properties.</summary>
    public required IReadOnlyList<Provision> Provisions { get; init; }

    public required string FileName { get; init; }

    public required string Sha256 { get; init; }
}

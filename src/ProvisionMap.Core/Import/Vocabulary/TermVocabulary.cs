using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Import.Vocabulary;

/// <summary>
/// The controlled vocabulary of audience, level and provider terms, with the phrases that map to each.
/// </summary>
public sealed class TermVocabulary(IReadOnlyList<VocabularyEntry> entries)
{
    public static readonly TermVocabulary Empty = new([]);

    public IReadOnlyList<VocabularyEntry> Entries { get; } = entries;

    public bool IsEmpty => Entries.Count == 0;

    public IEnumerable<VocabularyEntry> Of(TermFacet facet) => Entries.Where(entry => entry.Facet == facet);
}

/// <summary>A term with its normalised match phrases, such as "Designated teachers" with "dts" and "designated teachers".</summary>
public sealed record VocabularyEntry(TermFacet Facet, string Slug, string Name, int Position, IReadOnlyList<string> Phrases);

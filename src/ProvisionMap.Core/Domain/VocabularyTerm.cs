namespace ProvisionMap.Core.Domain;

/// <summary>
/// A term of the controlled vocabulary that audience, level and provider entries are mapped to.
/// </summary>
public class VocabularyTerm
{
    public TermFacet Facet { get; set; }

    /// <summary>URL segment of the term, unique within its facet, such as "designated-teachers".</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Order within its facet, as in the vocabulary file.</summary>
    public int Position { get; set; }
}

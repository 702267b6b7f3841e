namespace ProvisionMap.Core.Domain;

/// <summary>
/// A vocabulary term that one provision's audience, level or provider text maps to.
/// </summary>
public class ProvisionTerm
{
    public int ProvisionId { get; set; }

    public TermFacet Facet { get; set; }

    public required string TermSlug { get; set; }

    /// <summary>The list entries of the original cell that map to this term, joined with "; ".</summary>
    public required string Entries { get; set; }
}

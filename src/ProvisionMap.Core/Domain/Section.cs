namespace ProvisionMap.Core.Domain;

/// <summary>
/// A top-level heading of a provision map, such as "Designated teacher support".
/// </summary>
public class Section
{
    public int Id { get; set; }

    public MapKind Map { get; set; }

    public required string Name { get; set; }

    /// <summary>URL fragment unique within the map.</summary>
    public required string Slug { get; set; }

    /// <summary>Order of first appearance in the imported file.</summary>
    public int Position { get; set; }

    /// <summary>Narrative the map prints under the heading, if any.</summary>
    public string? Note { get; set; }

    public List<Subsection> Subsections { get; set; } = [];

    public List<Provision> Provisions { get; set; } = [];
}

namespace ProvisionMap.Core.Domain;

/// <summary>
/// A mixed-case heading under a section, such as "Conferences".
/// </summary>
public class Subsection
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public Section Section { get; set; } = null!;

    public required string Name { get; set; }

    /// <summary>Order of first appearance within its section.</summary>
    public int Position { get; set; }

    public string? Note { get; set; }

    public List<Provision> Provisions { get; set; } = [];
}

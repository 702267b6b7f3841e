namespace ProvisionMap.Core.Domain;

/// <summary>
/// Links a provision to an authority named in its Virtual School cell.
/// </summary>
public class ProvisionAuthority
{
    public int ProvisionId { get; set; }

    public Provision Provision { get; set; } = null!;

    public int LocalAuthorityId { get; set; }

    public LocalAuthority LocalAuthority { get; set; } = null!;

    /// <summary>Order in the Virtual School cell.</summary>
    public int Position { get; set; }
}

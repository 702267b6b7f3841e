namespace ProvisionMap.Core.Domain;

/// <summary>
/// An English local authority with children's services, and so a Virtual School.
/// </summary>
public class LocalAuthority
{
    /// <summary>The Department for Education's 3-digit LA code, for example 926 for Norfolk.</summary>
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>The ONS (GSS) code, for example E10000020.</summary>
    public required string OnsCode { get; set; }

    public required string Region { get; set; }

    /// <summary>Other names people type for the authority, separated by "|".</summary>
    public string Aliases { get; set; } = "";

    public List<ProvisionAuthority> Provisions { get; set; } = [];
}

namespace ProvisionMap.Core.Domain;

/// <summary>
/// A free-text column of the provision map whose list entries are mapped to controlled vocabulary terms.
/// </summary>
public enum TermFacet
{
    Audience = 1,
    Level = 2,
    Provider = 3,
}

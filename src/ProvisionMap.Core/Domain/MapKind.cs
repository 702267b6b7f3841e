namespace ProvisionMap.Core.Domain;

/// <summary>
/// The three provision maps the survey published, one per audience of Virtual School support.
/// </summary>
public enum MapKind
{
    Schools = 1,
    LookedAfterChildren = 2,
    FosterCarers = 3,
}

using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Validated filters of a provision list. Every focus area must be covered; words of the search text may
/// appear in any order, each in the service, audience or provider.
/// </summary>
public sealed record ProvisionFilter(
    IReadOnlyList<FocusAreaInfo> Focuses,
    LocalAuthority? Authority,
    IReadOnlyList<string> Words,
    MapKindInfo? Map)
{
    public static readonly ProvisionFilter None = new([], null, [], null);

    public bool IsEmpty => Focuses.Count == 0 && Authority is null && Words.Count == 0 && Map is null;
}

namespace ProvisionMap.Core.Domain;

/// <summary>
/// Display name, URL slug and accepted spellings of a provision map.
/// </summary>
public sealed record MapKindInfo(MapKind Kind, string Name, string Slug, IReadOnlyList<string> Spellings)
{
    public static IReadOnlyList<MapKindInfo> All { get; } =
    [
        new(MapKind.Schools, "Schools", "schools", ["Schools", "School"]),
        new(MapKind.LookedAfterChildren, "Looked-after children", "looked-after-children",
            ["Looked-after children", "Looked after children", "LAC", "Children looked after", "CLA"]),
        new(MapKind.FosterCarers, "Foster carers", "foster-carers", ["Foster carers", "Foster carer", "Carers"]),
    ];

    public static MapKindInfo Of(MapKind kind) => All[(int)kind - 1];

    /// <summary>Finds a map by any accepted spelling or its slug, ignoring case and surrounding spaces.</summary>
    public static MapKindInfo? Find(string text)
    {
        var trimmed = text.Trim();
        return All.FirstOrDefault(info =>
            string.Equals(info.Slug, trimmed, StringComparison.OrdinalIgnoreCase)
            || info.Spellings.Any(spelling => string.Equals(spelling, trimmed, StringComparison.OrdinalIgnoreCase)));
    }
}

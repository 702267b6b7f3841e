namespace ProvisionMap.Core.Domain;

/// <summary>
/// Display name, URL parameter and source column of a <see cref="TermFacet"/>.
/// </summary>
/// <param name="Parameter">Query-string parameter of the provision list, such as "audience".</param>
/// <param name="ColumnName">Header of the CSV column the terms come from.</param>
public sealed record TermFacetInfo(TermFacet Facet, string Name, string Parameter, string ColumnName)
{
    public static IReadOnlyList<TermFacetInfo> All { get; } =
    [
        new(TermFacet.Audience, "Provided for", "audience", "Provided For"),
        new(TermFacet.Level, "Level of provision", "level", "Level of Provision"),
        new(TermFacet.Provider, "Provided by", "provider", "Provided By"),
    ];

    public static TermFacetInfo Of(TermFacet facet) => All.First(info => info.Facet == facet);

    /// <summary>Finds a facet by its enum name, parameter or display name, ignoring case; null when none matches.</summary>
    public static TermFacetInfo? Find(string? text)
    {
        var key = text?.Trim() ?? "";
        return All.FirstOrDefault(info =>
            string.Equals(info.Facet.ToString(), key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(info.Parameter, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(info.Name, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(info.ColumnName, key, StringComparison.OrdinalIgnoreCase));
    }
}

namespace ProvisionMap.Web.Queries;

/// <summary>
/// A dimension the provision list can be filtered on. Choices within one facet combine with OR, except focus areas,
/// where a row must cover every chosen area as the printed map's tick columns suggest; facets combine with AND.
/// </summary>
public enum FacetKind
{
    Focus,
    Audience,
    Level,
    Provider,
    Region,
    VirtualSchool,
    Map,
}

namespace ProvisionMap.Web.Queries;

/// <summary>
/// A dimension the provision list can be filtered on. Choices within one facet combine with OR, and facets combine
/// with AND. Focus areas are the exception: a row must cover every chosen area, as the printed map's tick columns suggest.
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

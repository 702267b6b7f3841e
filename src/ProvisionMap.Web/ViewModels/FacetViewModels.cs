namespace ProvisionMap.Web.ViewModels;

/// <summary>
/// One choice of a facet with the number of rows that choosing it would give, given the other active filters.
/// </summary>
/// <param name="ToggleUrl">The list with this value added, or removed when it is selected, keeping the other filters.</param>
public sealed record FacetValueViewModel(string Value, string Label, int Count, bool Selected, string ToggleUrl);

/// <summary>A group of filter choices, such as the focus areas or the audiences.</summary>
/// <param name="Parameter">Query-string parameter of the choices.</param>
/// <param name="Hint">How the choices combine, shown under the legend.</param>
public sealed record FacetViewModel(string Id, string Legend, string Parameter, string Hint, IReadOnlyList<FacetValueViewModel> Values)
{
    public int SelectedCount => Values.Count(value => value.Selected);
}

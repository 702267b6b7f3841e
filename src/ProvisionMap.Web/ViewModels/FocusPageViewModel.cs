using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

/// <param name="ShownCount">Rows on this page; the first page of the provision list when there are more.</param>
public sealed record FocusPageViewModel(FocusAreaInfo Focus, IReadOnlyList<SectionGroupViewModel> Sections, int RowCount, int ShownCount);

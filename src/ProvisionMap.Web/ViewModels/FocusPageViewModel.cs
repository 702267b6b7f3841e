using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.ViewModels;

public sealed record FocusPageViewModel(FocusAreaInfo Focus, IReadOnlyList<SectionGroupViewModel> Sections, int RowCount);

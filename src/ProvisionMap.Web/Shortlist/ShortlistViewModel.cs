using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.Shortlist;

/// <summary>A chosen provision and the shortlist URL without it.</summary>
public sealed record ShortlistItemViewModel(ProvisionDocument Provision, string RemoveUrl);

/// <summary>The shortlist page: the chosen provisions in the order chosen, ids no longer in the directory, and the text to copy.</summary>
public sealed record ShortlistViewModel(
    IReadOnlyList<ShortlistItemViewModel> Items,
    IReadOnlyList<int> MissingIds,
    string PlainText,
    DateTime? DataLoadedAtUtc);

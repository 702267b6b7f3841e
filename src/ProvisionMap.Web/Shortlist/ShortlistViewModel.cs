using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.Shortlist;

/// <summary>A virtual school's main contact email, for a summary row that gives none of its own.</summary>
public sealed record SchoolContactViewModel(string School, string Email);

/// <summary>A chosen provision, the contacts of the schools a summary row names, and the shortlist URL without it.</summary>
public sealed record ShortlistItemViewModel(ProvisionDocument Provision, IReadOnlyList<SchoolContactViewModel> SchoolContacts, string RemoveUrl);

/// <summary>The shortlist page: the chosen provisions in the order chosen, ids no longer in the directory, and the text to copy.</summary>
public sealed record ShortlistViewModel(
    IReadOnlyList<ShortlistItemViewModel> Items,
    IReadOnlyList<int> MissingIds,
    string PlainText,
    DateTime? DataLoadedAtUtc);

namespace ProvisionMap.Web.ViewModels;

/// <summary>One authority of the contact list, with its contacts from the map or none.</summary>
public sealed record ContactEntryViewModel(
    string Name,
    string Slug,
    string Region,
    IReadOnlyList<ContactViewModel> Contacts,
    int ProvisionCount,
    int SummaryMentions)
{
    public bool HasProvision => ProvisionCount + SummaryMentions > 0;
}

/// <summary>A heading of the contact list, a region or a letter, with its authorities by name.</summary>
public sealed record ContactGroupViewModel(string Heading, string Anchor, IReadOnlyList<ContactEntryViewModel> Entries);

/// <param name="ByName">True for one A to Z list by letter; false for the list by region.</param>
/// <param name="Matches">Authorities that the typed name may mean, or null when nothing was typed.</param>
public sealed record ContactsPageViewModel(
    IReadOnlyList<ContactGroupViewModel> Groups,
    int AuthorityCount,
    int WithContactCount,
    bool ByName,
    string? Query,
    IReadOnlyList<ContactEntryViewModel>? Matches);

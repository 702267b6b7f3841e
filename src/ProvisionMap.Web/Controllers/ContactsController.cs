using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Text;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

/// <summary>
/// The contact list of every virtual school in England, by region or A to Z, with a lookup that forgives misspellings.
/// </summary>
[Route("contacts")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class ContactsController(AuthorityQueries authorities) : Controller
{
    public const int MaxNameLength = 100;

    /// <summary>
    /// Lists all authorities; with <paramref name="name"/>, goes straight to the one authority it clearly means,
    /// or lists the authorities it may mean above the full list. With <paramref name="list"/> set it always lists them.
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? name, string? by, string? list, CancellationToken cancellationToken)
    {
        var query = name?.Trim();
        if (query is { Length: > MaxNameLength })
        {
            return this.BadRequestPage($"The name is longer than {MaxNameLength} characters. Type part of the authority's name.", "/contacts");
        }

        var entries = await authorities.ListAllWithContactsAsync(cancellationToken);
        IReadOnlyList<ContactEntryViewModel>? matches = null;
        if (!string.IsNullOrEmpty(query))
        {
            var directory = await authorities.DirectoryAsync(cancellationToken);
            var clearMatch = string.IsNullOrEmpty(list) ? directory.FindOne(query) : null;
            if (clearMatch is not null)
            {
                // The typed text goes along so the page can show which authority it was read as.
                return Redirect($"/virtual-schools/{MatchKey.Slugify(clearMatch.Name)}?for={Uri.EscapeDataString(query)}#contact");
            }

            var found = directory.Search(query).Select(match => MatchKey.Slugify(match.Name)).ToList();
            matches = found.Select(slug => entries.FirstOrDefault(entry => entry.Slug == slug)).OfType<ContactEntryViewModel>().ToList();
        }

        var byName = string.Equals(by, "name", StringComparison.OrdinalIgnoreCase);
        return View(new ContactsPageViewModel(
            byName ? GroupByLetter(entries) : GroupByRegion(entries),
            entries.Count,
            entries.Count(entry => entry.Contacts.Count > 0),
            byName,
            string.IsNullOrEmpty(query) ? null : query,
            matches));
    }

    private static List<ContactGroupViewModel> GroupByRegion(IReadOnlyList<ContactEntryViewModel> entries) =>
        entries.GroupBy(entry => entry.Region)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new ContactGroupViewModel(group.Key, $"region-{MatchKey.Slugify(group.Key)}", group.ToList()))
            .ToList();

    private static List<ContactGroupViewModel> GroupByLetter(IReadOnlyList<ContactEntryViewModel> entries) =>
        entries.GroupBy(entry => char.ToUpperInvariant(entry.Name[0]))
            .OrderBy(group => group.Key)
            .Select(group => new ContactGroupViewModel(group.Key.ToString(), $"letter-{char.ToLowerInvariant(group.Key)}", group.ToList()))
            .ToList();
}

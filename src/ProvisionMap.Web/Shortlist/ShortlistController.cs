using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using ProvisionMap.Web.Controllers;
using ProvisionMap.Web.Export;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Shortlist;

/// <summary>
/// The shortlist: the provisions whose ids the URL gives (<c>?id=3&amp;id=17</c>), with their contacts, to print or
/// to copy as text. The URL carries the whole list, so it works without JavaScript and can be bookmarked.
/// </summary>
[Route("shortlist")]
public sealed class ShortlistController(FilteredProvisionSource source, AuthorityQueries authorities) : Controller
{
    public const int MaxItems = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "id")] string[] id, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var value in id.Where(value => !string.IsNullOrWhiteSpace(value)))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return this.BadRequestPage($"\"{Shorten(value)}\" is not a provision id. Each id in the shortlist address must be a whole number, as in /shortlist?id=3&id=17.", "/provision");
            }

            if (!ids.Contains(parsed))
            {
                ids.Add(parsed);
            }
        }

        if (ids.Count > MaxItems)
        {
            return this.BadRequestPage($"The shortlist has {ids.Count} provisions; it can hold at most {MaxItems}. Remove some and try again.", "/provision");
        }

        var provisions = await source.LoadDocumentsAsync(ids, cancellationToken);
        var loadedAt = await source.DataLoadedAtAsync(cancellationToken);
        var found = provisions.Select(provision => provision.Id).ToHashSet();
        var mainContacts = provisions.Any(provision => provision.Contact.Email is null)
            ? (await authorities.ListWithProvisionAsync(cancellationToken))
                .Where(school => school.Contacts.Count > 0)
                .ToDictionary(school => school.Slug, school => school.Contacts[0].Email)
            : [];
        var items = provisions
            .Select(provision => new ShortlistItemViewModel(
                provision,
                provision.Contact.Email is not null
                    ? []
                    : provision.VirtualSchools
                        .Where(school => mainContacts.ContainsKey(school.Slug))
                        .Select(school => new SchoolContactViewModel(school.Name, mainContacts[school.Slug]))
                        .ToList(),
                ShortlistUrl(ids.Where(other => other != provision.Id))))
            .ToList();
        ViewData["Title"] = "Shortlist";
        return View("~/Views/Shortlist/Index.cshtml",
            new ShortlistViewModel(items, ids.Where(other => !found.Contains(other)).ToList(), ShortlistText.Write(items, loadedAt), loadedAt));
    }

    private static string ShortlistUrl(IEnumerable<int> ids) =>
        QueryHelpers.AddQueryString("/shortlist", ids.Select(other => new KeyValuePair<string, string?>("id", other.ToString(CultureInfo.InvariantCulture))));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}

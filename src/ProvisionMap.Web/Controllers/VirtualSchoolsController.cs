using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Text;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[Route("virtual-schools")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class VirtualSchoolsController(ProvisionMapDbContext db, AuthorityQueries authorities, ProvisionQueries provision) : Controller
{
    public const int MaxNameLength = 100;

    /// <summary>Lists the virtual schools with provision; with <paramref name="name"/>, finds one from part of its name or a misspelling.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? name, CancellationToken cancellationToken)
    {
        var schools = await authorities.ListWithProvisionAsync(cancellationToken);
        var query = name?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return View(new VirtualSchoolListViewModel(schools, null, null, []));
        }

        if (query.Length > MaxNameLength)
        {
            return this.BadRequestPage($"The name is longer than {MaxNameLength} characters. Type part of the authority's name.", "/virtual-schools");
        }

        var directory = await authorities.DirectoryAsync(cancellationToken);
        var clearMatch = directory.FindOne(query);
        if (clearMatch is not null)
        {
            return RedirectToAction(nameof(Show), new { slug = MatchKey.Slugify(clearMatch.Name) });
        }

        var found = directory.Search(query);

        var withProvision = found
            .Select(match => schools.FirstOrDefault(school => school.Name == match.Name))
            .OfType<VirtualSchoolSummaryViewModel>()
            .ToList();
        var without = found.Where(match => schools.All(school => school.Name != match.Name))
            .Select(match => new AuthorityLinkViewModel(match.Name, MatchKey.Slugify(match.Name)))
            .ToList();
        return View(new VirtualSchoolListViewModel(schools, query, withProvision, without));
    }

    /// <summary>Returns the text typed in a contact lookup when it differs from the name, to say how it was read.</summary>
    private static string? TypedNameNote(string? typedName, string name)
    {
        var typed = typedName?.Trim();
        if (string.IsNullOrEmpty(typed) || typed.Length > MaxNameLength || MatchKey.Normalise(typed) == MatchKey.Normalise(name))
        {
            return null;
        }

        return typed;
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, [FromQuery(Name = "for")] string? typedName, CancellationToken cancellationToken)
    {
        var authority = await authorities.FindBySlugAsync(slug.ToLowerInvariant(), cancellationToken);
        if (authority is null)
        {
            return NotFound();
        }

        var rows = await provision.FindAsync(
            provision.ApplyFilters(db.Provisions, ProvisionFilter.ForAuthority(authority)), cancellationToken);
        var own = rows.Where(row => !row.IsSummary).ToList();
        var summaries = rows.Where(row => row.IsSummary).ToList();

        return View(new VirtualSchoolPageViewModel(
            authority.Name,
            authority.Slug,
            authority.Region,
            authority.Id,
            authority.OnsCode,
            AuthorityQueries.Contacts(own.Select(row => (row.ContactName, row.ContactEmail))),
            await provision.GroupAsync(own, cancellationToken),
            await provision.GroupAsync(summaries, cancellationToken),
            own.Count,
            summaries.Count,
            TypedNameNote(typedName, authority.Name)));
    }
}

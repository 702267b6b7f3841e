using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Data;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[Route("virtual-schools")]
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

        var found = (await authorities.DirectoryAsync(cancellationToken)).Search(query);
        if (found.Count == 1)
        {
            var slug = schools.FirstOrDefault(school => school.Name == found[0].Name)?.Slug ?? Core.Text.MatchKey.Slugify(found[0].Name);
            return RedirectToAction(nameof(Show), new { slug });
        }

        var withProvision = schools.Where(school => found.Any(match => match.Name == school.Name)).ToList();
        var without = found.Where(match => schools.All(school => school.Name != match.Name))
            .Select(match => new AuthorityLinkViewModel(match.Name, Core.Text.MatchKey.Slugify(match.Name)))
            .ToList();
        return View(new VirtualSchoolListViewModel(schools, query, withProvision, without));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var authority = await authorities.FindBySlugAsync(slug.ToLowerInvariant(), cancellationToken);
        if (authority is null)
        {
            return NotFound();
        }

        var rows = await provision.FindAsync(
            ProvisionQueries.ApplyFilters(db.Provisions, ProvisionFilter.None with { Authority = authority }), cancellationToken);
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
            summaries.Count));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Export;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Api;

/// <summary>
/// The read-only JSON API: provision with the /provision filters and paging, one provision, virtual schools, focus
/// areas and sections. Invalid parameters give 400 and unknown ids 404, both as ProblemDetails.
/// </summary>
[ApiController]
[Route("api")]
public sealed class ProvisionApiController(
    ProvisionMapDbContext db, FilteredProvisionSource source, AuthorityQueries authorities) : ControllerBase
{
    /// <summary>Lists provision in map order, filtered as /provision is, one page at a time.</summary>
    [HttpGet("provision")]
    [ProducesResponseType<PageDocument<ProvisionDocument>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> ListProvision(
        [FromQuery] ProvisionQueryParameters query,
        [FromQuery] int pageSize = PagingParameters.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        // The page number is the list page's own "page" parameter, so it is read from the filter parameters.
        var page = query.PageNumber();
        if (page is null)
        {
            return this.InvalidParameter("page", $"page must be a whole number of 1 or more; it was \"{query.Page}\".");
        }

        if (PagingParameters.Check(page.Value, pageSize) is { } invalid)
        {
            return this.InvalidParameter(invalid.Parameter, invalid.Message);
        }

        var (ids, problem) = await source.FindIdsAsync(query, cancellationToken);
        if (problem is not null)
        {
            return this.FilterProblem(problem);
        }

        var pageIds = ids!.Skip((page.Value - 1) * pageSize).Take(pageSize).ToList();
        var provisions = await source.LoadDocumentsAsync(pageIds, cancellationToken);
        return Ok(new PageDocument<ProvisionDocument>(
            page.Value, pageSize, ids!.Count, PagingParameters.TotalPages(ids.Count, pageSize), provisions));
    }

    [HttpGet("provision/{id:int}")]
    [ProducesResponseType<ProvisionDocument>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetProvision(int id, CancellationToken cancellationToken)
    {
        var provision = (await source.LoadDocumentsAsync([id], cancellationToken)).SingleOrDefault();
        return provision is null
            ? this.NotFoundProblem($"No provision has the id {id}. List provision at /api/provision to find an id.")
            : Ok(provision);
    }

    /// <summary>Lists every virtual school that the map names, by name.</summary>
    [HttpGet("virtual-schools")]
    [ProducesResponseType<IReadOnlyList<VirtualSchoolSummaryDocument>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListVirtualSchools(CancellationToken cancellationToken)
    {
        var summaries = await authorities.ListWithProvisionAsync(cancellationToken);
        var bySlug = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(authority => authority.Slug, cancellationToken);
        return Ok(summaries.Select(summary => new VirtualSchoolSummaryDocument(
            ProvisionDocument.VirtualSchool(bySlug[summary.Slug]),
            summary.Contacts.Select(contact => new EmailContactDocument(contact.Name, contact.Email)).ToList(),
            summary.ProvisionCount,
            summary.SummaryMentions,
            $"/api/provision?vs={summary.Slug}")).ToList());
    }

    [HttpGet("virtual-schools/{slug}")]
    [ProducesResponseType<VirtualSchoolDetailDocument>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetVirtualSchool(string slug, CancellationToken cancellationToken)
    {
        var authority = await authorities.FindBySlugAsync(slug.Trim().ToLowerInvariant(), cancellationToken);
        if (authority is null)
        {
            return this.NotFoundProblem($"No virtual school has the slug \"{slug}\". List them at /api/virtual-schools.");
        }

        var (ids, _) = await source.FindIdsAsync(new ProvisionQueryParameters { VirtualSchool = [authority.Slug] }, cancellationToken);
        var provisions = await source.LoadDocumentsAsync(ids!, cancellationToken);
        return Ok(new VirtualSchoolDetailDocument(ProvisionDocument.VirtualSchool(authority), provisions));
    }

    [HttpGet("focus-areas")]
    [ProducesResponseType<IReadOnlyList<FocusAreaSummaryDocument>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListFocusAreas(CancellationToken cancellationToken)
    {
        var counts = await db.ProvisionFocuses.AsNoTracking()
            .GroupBy(focus => focus.Area)
            .Select(group => new { Area = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Area, group => group.Count, cancellationToken);
        return Ok(FocusAreaInfo.All
            .Select(info => new FocusAreaSummaryDocument(info.Slug, info.Name, info.ShortLabel, counts.GetValueOrDefault(info.Area)))
            .ToList());
    }

    [HttpGet("sections")]
    [ProducesResponseType<IReadOnlyList<SectionSummaryDocument>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListSections(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking()
            .Include(section => section.Subsections)
            .Select(section => new { Section = section, Count = section.Provisions.Count })
            .ToListAsync(cancellationToken);
        return Ok(sections
            .OrderBy(entry => entry.Section.Map).ThenBy(entry => entry.Section.Position)
            .Select(entry =>
            {
                var map = MapKindInfo.Of(entry.Section.Map);
                return new SectionSummaryDocument(
                    entry.Section.Id, new MapDocument(map.Name, map.Slug), entry.Section.Name, entry.Section.Slug, entry.Section.Note, entry.Count,
                    entry.Section.Subsections.OrderBy(subsection => subsection.Position)
                        .Select(subsection => new SubsectionDocument(subsection.Id, subsection.Name, subsection.Note)).ToList());
            })
            .ToList());
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Api;
using ProvisionMap.Web.Export;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.OpenReferral;

/// <summary>
/// The Open Referral UK feed (profile for HSDS 3.0): the API information, the paged service list and one fully
/// nested service. The profile's optional endpoints (taxonomies, taxonomy terms, service at locations) are not served.
/// </summary>
[ApiController]
[Route("api/openreferral")]
public sealed class OpenReferralController(FilteredProvisionSource source) : ControllerBase
{
    public const int DefaultPageSize = 50;

    /// <summary>The profile these responses follow, as its repository publishes it.</summary>
    public const string ProfileUrl = "https://github.com/OpenReferralUK/uk-profile";

    // The profile's types allow no nulls, so absent values are left out rather than written as null.
    private static readonly JsonSerializerOptions FeedJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [HttpGet("")]
    [ProducesResponseType<OrukApiInfo>(StatusCodes.Status200OK)]
    public IActionResult Info() =>
        new JsonResult(new OrukApiInfo("3.0", ProfileUrl, $"{BaseUrl}/openapi/v1.json"), FeedJson);

    /// <summary>Lists services, optionally matching search words or one taxonomy term, one page at a time.</summary>
    [HttpGet("services")]
    [ProducesResponseType<OrukPage<OrukServiceSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> ListServices(
        [FromQuery] string? search,
        [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId,
        [FromQuery] int page = 1,
        [FromQuery(Name = "per_page")] int perPage = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        if (PagingParameters.Check(page, perPage, "per_page") is { } invalid)
        {
            return this.InvalidParameter(invalid.Parameter, invalid.Message);
        }

        var query = new ProvisionQueryParameters { Search = search };
        var vocabulary = await source.TermNamesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(taxonomyTermId))
        {
            if (!Guid.TryParse(taxonomyTermId, out var termId))
            {
                return this.InvalidParameter("taxonomy_term_id", $"\"{taxonomyTermId}\" is not a UUID. Use the id of a taxonomy term from a service's attributes.");
            }

            if (!OpenReferralMapper.KnownTerms(vocabulary.Values).TryGetValue(termId, out var term))
            {
                return Feed(EmptyPage(page, perPage));
            }

            Select(query, term.Parameter, term.Slug);
        }

        var (ids, problem) = await source.FindIdsAsync(query, cancellationToken);
        if (problem is not null)
        {
            return this.InvalidParameter(problem.Parameter == "q" ? "search" : problem.Parameter, problem.Message);
        }

        // Summary rows are dropped after loading, so the whole match is loaded and paged here.
        var services = (await source.LoadAsync(ids!, cancellationToken)).Where(OpenReferralMapper.IsService).ToList();
        var mapper = await MapperAsync(vocabulary, cancellationToken);
        var contents = services.Skip((page - 1) * perPage).Take(perPage).Select(mapper.Summary).ToList();
        var totalPages = PagingParameters.TotalPages(services.Count, perPage);
        return Feed(new OrukPage<OrukServiceSummary>(
            services.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents));
    }

    [HttpGet("services/{id}")]
    [ProducesResponseType<OrukService>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetService(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return this.InvalidParameter("id", $"\"{id}\" is not a UUID. Use the id of a service from /api/openreferral/services.");
        }

        var (ids, _) = await source.FindIdsAsync(new ProvisionQueryParameters(), cancellationToken);
        var provisionId = ids!.Cast<int?>().FirstOrDefault(candidate => NameBasedUuid.Service(candidate!.Value) == serviceId);
        var provision = provisionId is null ? null : (await source.LoadAsync([provisionId.Value], cancellationToken)).Single();
        if (provision is null || !OpenReferralMapper.IsService(provision))
        {
            return this.NotFoundProblem($"No service has the id {id}. List services at /api/openreferral/services.");
        }

        var mapper = await MapperAsync(await source.TermNamesAsync(cancellationToken), cancellationToken);
        return Feed(mapper.Full(provision));
    }

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    private async Task<OpenReferralMapper> MapperAsync(
        IReadOnlyDictionary<(TermFacet Facet, string Slug), VocabularyTerm> vocabulary, CancellationToken cancellationToken)
    {
        var loadedAt = await source.DataLoadedAtAsync(cancellationToken);
        var lastModified = loadedAt is null ? (DateTimeOffset?)null : new DateTimeOffset(loadedAt.Value);
        return new OpenReferralMapper(BaseUrl, lastModified, vocabulary);
    }

    /// <summary>Sets the /provision filter parameter that selects one taxonomy term.</summary>
    private static void Select(ProvisionQueryParameters query, string parameter, string slug)
    {
        switch (parameter)
        {
            case "focus":
                query.Focus = [slug];
                break;
            case "map":
                query.Map = [slug];
                break;
            case "audience":
                query.Audience = [slug];
                break;
            case "level":
                query.Level = [slug];
                break;
            default:
                query.Provider = [slug];
                break;
        }
    }

    private static OrukPage<OrukServiceSummary> EmptyPage(int page, int perPage) => new(0, 0, page, 0, page == 1, true, true, []);

    private static JsonResult Feed(object value) => new(value, FeedJson);
}

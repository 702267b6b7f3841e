using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[Route("provision")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class ProvisionController(
    ProvisionMapDbContext db,
    ProvisionQueries provision,
    FacetCounter facetCounter,
    AuthorityQueries authorities,
    ProvisionDetailQueries details,
    DataCache cache) : Controller
{
    /// <summary>One provision's page. Its id is kept when the same row is imported again, so the address can be shared.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var detail = await details.FindAsync(id, cancellationToken);
        return detail is null ? NotFound() : View(detail);
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(ProvisionQueryParameters query, CancellationToken cancellationToken)
    {
        var lookup = await cache.GetOrCreateAsync("lookup", () => FilterLookup.LoadAsync(db, cancellationToken), cancellationToken);
        var (filter, error) = query.ToFilter(lookup);
        var page = query.PageNumber();
        if (filter is null || page is null)
        {
            return this.BadRequestPage(error ?? $"\"{query.Page}\" is not a page number. Use a whole number from 1.", "/provision");
        }

        var model = await BuildPageAsync(query, filter, page.Value, lookup, cancellationToken);
        return model is null
            ? this.BadRequestPage($"There is no page {page.Value} for these filters. Go back to the first page.", ProvisionLinks.From(filter).Url())
            : View(model);
    }

    /// <summary>Builds the list page, or returns null when the page number is past the last page.</summary>
    private async Task<ProvisionPageViewModel?> BuildPageAsync(
        ProvisionQueryParameters query, ProvisionFilter filter, int page, FilterLookup lookup, CancellationToken cancellationToken)
    {
        var (rows, matchCount) = await provision.FindPageAsync(filter, page, cancellationToken);
        var pageCount = Math.Max(1, (matchCount + ProvisionQueries.PageSize - 1) / ProvisionQueries.PageSize);
        if (page > pageCount)
        {
            return null;
        }

        var links = ProvisionLinks.From(filter);
        var suggestions = matchCount == 0 ? await SuggestionsAsync(filter, lookup, cancellationToken) : [];
        var firstRow = matchCount == 0 ? 0 : ((page - 1) * ProvisionQueries.PageSize) + 1;

        return new ProvisionPageViewModel(
            await provision.GroupAsync(rows, cancellationToken, filter.Search),
            matchCount,
            await db.Provisions.CountAsync(cancellationToken),
            page,
            pageCount,
            firstRow,
            matchCount == 0 ? 0 : firstRow + rows.Count - 1,
            query.SearchText,
            SummariesValue(filter.Summaries),
            await facetCounter.CountAsync(filter, lookup, links, cancellationToken),
            ActiveFilters.Build(filter, links),
            FocusSummary(filter.Focuses),
            suggestions,
            links);
    }

    private async Task<IReadOnlyList<SuggestionViewModel>> SuggestionsAsync(
        ProvisionFilter filter, FilterLookup lookup, CancellationToken cancellationToken)
    {
        var directory = await authorities.DirectoryAsync(cancellationToken);
        var named = await db.ProvisionAuthorities.Select(link => link.LocalAuthorityId).Distinct().ToListAsync(cancellationToken);
        return SearchSuggestions.Build(filter, directory, named.ToHashSet(), lookup.Regions);
    }

    private static string? SummariesValue(SummaryRows summaries) => summaries switch
    {
        SummaryRows.Hide => "hide",
        SummaryRows.Only => "only",
        _ => null,
    };

    private static string? FocusSummary(IReadOnlyList<FocusAreaInfo> focuses) => focuses.Count switch
    {
        0 => null,
        1 => $"Showing provision that covers {focuses[0].Name}.",
        _ => $"Showing provision that covers all of {string.Join(", ", focuses.Take(focuses.Count - 1).Select(focus => focus.Name))} " +
             $"and {focuses[^1].Name}: each row has every one of these focus areas, not just one of them.",
    };
}

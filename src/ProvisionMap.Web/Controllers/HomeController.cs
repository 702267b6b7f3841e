using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Text;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class HomeController(ProvisionMapDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await BuildAsync(cancellationToken));

    private async Task<HomeViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking()
            .Select(section => new { section.Map, section.Name, section.Slug, section.Position, Count = section.Provisions.Count })
            .ToListAsync(cancellationToken);
        var focusCounts = await db.ProvisionFocuses.AsNoTracking()
            .GroupBy(focus => focus.Area)
            .Select(group => new { Area = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Area, group => group.Count, cancellationToken);
        var audienceCounts = await db.ProvisionTerms.AsNoTracking()
            .Where(term => term.Facet == TermFacet.Audience)
            .GroupBy(term => term.TermSlug)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);
        var audiences = await db.VocabularyTerms.AsNoTracking()
            .Where(term => term.Facet == TermFacet.Audience)
            .OrderBy(term => term.Position)
            .ToListAsync(cancellationToken);
        var regionCounts = await db.ProvisionAuthorities.AsNoTracking()
            .Select(link => new { link.ProvisionId, link.LocalAuthority.Region })
            .Distinct()
            .GroupBy(row => row.Region)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var lastImport = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(run => run.Id)
            .Select(run => (DateTime?)run.ImportedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

        return new HomeViewModel(
            sections.OrderBy(section => section.Map).ThenBy(section => section.Position)
                .Select(section => new SectionCountViewModel(
                    MapKindInfo.Of(section.Map).Name, MapKindInfo.Of(section.Map).Slug, section.Name, section.Slug, section.Count))
                .ToList(),
            FocusAreaInfo.All.Select(info => new FocusCountViewModel(info, focusCounts.GetValueOrDefault(info.Area))).ToList(),
            audiences.Where(term => audienceCounts.ContainsKey(term.Slug))
                .Select(term => new BrowseLinkViewModel(term.Name, $"/provision?audience={term.Slug}", audienceCounts[term.Slug]))
                .ToList(),
            regionCounts.OrderBy(region => region.Key, StringComparer.Ordinal)
                .Select(region => new BrowseLinkViewModel(region.Key, $"/provision?region={MatchKey.Slugify(region.Key)}", region.Count))
                .ToList(),
            await db.Provisions.CountAsync(cancellationToken),
            await db.Provisions.CountAsync(provision => provision.IsSummary, cancellationToken),
            await db.ProvisionAuthorities.Select(link => link.LocalAuthorityId).Distinct().CountAsync(cancellationToken),
            lastImport);
    }
}

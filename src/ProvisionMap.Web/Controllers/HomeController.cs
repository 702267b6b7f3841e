using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

public sealed class HomeController(ProvisionMapDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking()
            .Select(section => new { section.Map, section.Name, section.Slug, section.Position, Count = section.Provisions.Count })
            .ToListAsync(cancellationToken);
        var focusCounts = await db.ProvisionFocuses.AsNoTracking()
            .GroupBy(focus => focus.Area)
            .Select(group => new { Area = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Area, group => group.Count, cancellationToken);
        var lastImport = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(run => run.Id)
            .Select(run => (DateTime?)run.ImportedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

        return View(new HomeViewModel(
            sections.OrderBy(section => section.Map).ThenBy(section => section.Position)
                .Select(section => new SectionCountViewModel(
                    MapKindInfo.Of(section.Map).Name, MapKindInfo.Of(section.Map).Slug, section.Name, section.Slug, section.Count))
                .ToList(),
            FocusAreaInfo.All.Select(info => new FocusCountViewModel(info, focusCounts.GetValueOrDefault(info.Area))).ToList(),
            await db.Provisions.CountAsync(cancellationToken),
            await db.Provisions.CountAsync(provision => provision.IsSummary, cancellationToken),
            await db.ProvisionAuthorities.Select(link => link.LocalAuthorityId).Distinct().CountAsync(cancellationToken),
            lastImport));
    }
}

using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

[Route("focus")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class FocusController(ProvisionQueries provision) : Controller
{
    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var focus = FocusAreaInfo.FindBySlug(slug);
        if (focus is null)
        {
            return NotFound();
        }

        var (rows, matchCount) = await provision.FindPageAsync(ProvisionFilter.ForFocus(focus), 1, cancellationToken);
        var sections = await provision.GroupAsync(rows, cancellationToken);
        return View(new FocusPageViewModel(focus, sections, matchCount, rows.Count));
    }
}

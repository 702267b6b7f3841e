using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Controllers;

/// <summary>The grid of virtual schools against focus areas, to show where provision is thin.</summary>
[Route("coverage")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class CoverageController(CoverageQueries coverage, DataCache cache) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? all, CancellationToken cancellationToken)
    {
        var showAll = all is not null && (all == "1" || string.Equals(all, "true", StringComparison.OrdinalIgnoreCase));
        var model = await cache.GetOrCreateAsync(
            showAll ? "coverage-all" : "coverage", () => coverage.BuildAsync(showAll, cancellationToken), cancellationToken);
        return View(model);
    }
}

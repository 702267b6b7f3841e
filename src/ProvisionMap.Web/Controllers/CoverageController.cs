using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Controllers;

/// <summary>The grid of virtual schools against focus areas, to show where provision is thin.</summary>
[Route("coverage")]
[OutputCache(PolicyName = PageOutputCache.PolicyName)]
public sealed class CoverageController(CoverageQueries coverage) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? all, CancellationToken cancellationToken)
    {
        var showAll = all is not null && (all == "1" || string.Equals(all, "true", StringComparison.OrdinalIgnoreCase));
        return View(await coverage.BuildAsync(showAll, cancellationToken));
    }
}

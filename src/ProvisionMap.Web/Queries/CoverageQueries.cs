using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Text;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Counts each virtual school's own provision per focus area for the coverage grid. Summary rows are counted apart,
/// by respondents, because they report many authorities at once.
/// </summary>
public sealed class CoverageQueries(ProvisionMapDbContext db)
{
    public async Task<CoveragePageViewModel> BuildAsync(bool showAll, CancellationToken cancellationToken)
    {
        var own = db.ProvisionAuthorities.Where(link => !link.Provision.IsSummary);

        var cells = await own
            .SelectMany(link => link.Provision.Focuses, (link, focus) => new { link.LocalAuthorityId, focus.Area })
            .GroupBy(row => new { row.LocalAuthorityId, row.Area })
            .Select(group => new { group.Key.LocalAuthorityId, group.Key.Area, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var rowTotals = await own
            .GroupBy(link => link.LocalAuthorityId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

        // A provision shared by two authorities of a region counts once in the region's totals.
        var regionCells = await own
            .SelectMany(link => link.Provision.Focuses, (link, focus) => new { link.ProvisionId, link.LocalAuthority.Region, focus.Area })
            .Distinct()
            .GroupBy(row => new { row.Region, row.Area })
            .Select(group => new { group.Key.Region, group.Key.Area, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var regionTotals = await own
            .Select(link => new { link.ProvisionId, link.LocalAuthority.Region })
            .Distinct()
            .GroupBy(row => row.Region)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

        var focusTotals = await db.ProvisionFocuses
            .Where(focus => !db.Provisions.Any(provision => provision.Id == focus.ProvisionId && provision.IsSummary))
            .GroupBy(focus => focus.Area)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);
        var grandTotal = await db.Provisions.CountAsync(provision => !provision.IsSummary, cancellationToken);

        var summaryRespondents = await db.ProvisionFocuses
            .Where(focus => db.Provisions.Any(provision => provision.Id == focus.ProvisionId && provision.IsSummary))
            .GroupBy(focus => focus.Area)
            .Select(group => new { group.Key, Count = group.Sum(focus => focus.RespondentCount ?? 1) })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);
        var summaryRows = await db.Provisions.CountAsync(provision => provision.IsSummary, cancellationToken);

        var authorities = await db.LocalAuthorities.AsNoTracking()
            .Select(authority => new { authority.Id, authority.Name, authority.Slug, authority.Region })
            .ToListAsync(cancellationToken);
        var cellLookup = cells.ToDictionary(cell => (cell.LocalAuthorityId, cell.Area), cell => cell.Count);
        var regionLookup = regionCells.ToDictionary(cell => (cell.Region, cell.Area), cell => cell.Count);

        var regions = authorities
            .Where(authority => showAll || rowTotals.ContainsKey(authority.Id))
            .GroupBy(authority => authority.Region)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var rows = group.OrderBy(authority => authority.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(authority => new CoverageRowViewModel(
                        authority.Name,
                        authority.Slug,
                        FocusAreaInfo.All.Select(info => Cell(cellLookup.GetValueOrDefault((authority.Id, info.Area)), $"vs={authority.Slug}&focus={info.Slug}")).ToList(),
                        Cell(rowTotals.GetValueOrDefault(authority.Id), $"vs={authority.Slug}")))
                    .ToList();
                var regionSlug = MatchKey.Slugify(group.Key);
                return new CoverageRegionViewModel(
                    group.Key,
                    regionSlug,
                    rows,
                    FocusAreaInfo.All.Select(info => Cell(regionLookup.GetValueOrDefault((group.Key, info.Area)), $"region={regionSlug}&focus={info.Slug}")).ToList(),
                    Cell(regionTotals.GetValueOrDefault(group.Key), $"region={regionSlug}"));
            })
            .ToList();

        return new CoveragePageViewModel(
            regions,
            FocusAreaInfo.All.Select(info => Cell(focusTotals.GetValueOrDefault(info.Area), $"focus={info.Slug}")).ToList(),
            Cell(grandTotal, ""),
            FocusAreaInfo.All.Select(info => summaryRespondents.GetValueOrDefault(info.Area)).ToList(),
            summaryRows,
            showAll,
            authorities.Count,
            rowTotals.Count);
    }

    /// <summary>Links a number to the list of the same rows: the authorities' own rows, without summary rows.</summary>
    private static CoverageCellViewModel Cell(int count, string query)
    {
        if (count == 0)
        {
            return new CoverageCellViewModel(count, null);
        }

        var url = query.Length == 0 ? "/provision?summaries=hide" : $"/provision?{query}&summaries=hide";
        return new CoverageCellViewModel(count, url);
    }
}

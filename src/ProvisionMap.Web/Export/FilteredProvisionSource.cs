using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Export;

/// <summary>An invalid filter parameter, with a message that names the values to use instead.</summary>
public sealed record FilterProblem(string Parameter, string Message);

/// <summary>
/// Turns the /provision query string into the matching provision for the exports and the API: every matching row,
/// in map order, with the related data that the CSV and JSON need. This is the only place the exports call the
/// filter code, so a change of filters needs a change here only.
/// </summary>
public sealed class FilteredProvisionSource(ProvisionMapDbContext db, AuthorityQueries authorities)
{
    /// <summary>Validates the parameters and returns the ids of every matching provision in map order, or the invalid parameter.</summary>
    public async Task<(IReadOnlyList<int>? Ids, ProvisionFilter? Filter, FilterProblem? Problem)> FindIdsAsync(
        ProvisionQueryParameters parameters, CancellationToken cancellationToken)
    {
        var (filter, error) = await parameters.ToFilterAsync(authorities, cancellationToken);
        if (filter is null)
        {
            var parameter = await FindInvalidParameterAsync(parameters, cancellationToken);
            return (null, null, new FilterProblem(parameter, error!));
        }

        var keys = await ProvisionQueries.ApplyFilters(db.Provisions, filter)
            .Select(provision => new { provision.Id, provision.Map, provision.Position })
            .ToListAsync(cancellationToken);

        // The map is stored by name, so the enum's order is applied in memory.
        var ids = keys.OrderBy(key => key.Map).ThenBy(key => key.Position).Select(key => key.Id).ToList();
        return (ids, filter, null);
    }

    /// <summary>Loads the provisions with the given ids, with section, subsection, focus areas and authorities, in the order of the ids.</summary>
    public async Task<IReadOnlyList<Provision>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var provisions = await db.Provisions.AsNoTracking().AsSplitQuery()
            .Where(provision => ids.Contains(provision.Id))
            .Include(provision => provision.Section)
            .Include(provision => provision.Subsection)
            .Include(provision => provision.Focuses)
            .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority)
            .ToDictionaryAsync(provision => provision.Id, cancellationToken);
        return ids.Where(provisions.ContainsKey).Select(id => provisions[id]).ToList();
    }

    /// <summary>Date and time of the last successful import, in UTC, or null before the first.</summary>
    public async Task<DateTime?> DataLoadedAtAsync(CancellationToken cancellationToken)
    {
        var loadedAt = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(run => run.Id)
            .Select(run => (DateTime?)run.ImportedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

        // SQLite returns the stored UTC time without its kind, so JSON would write it without the "Z".
        return loadedAt is null ? null : DateTime.SpecifyKind(loadedAt.Value, DateTimeKind.Utc);
    }

    /// <summary>
    /// Finds which query parameter the filter rejected by checking each one alone, since the filter's message names
    /// the value but not the parameter.
    /// </summary>
    private async Task<string> FindInvalidParameterAsync(ProvisionQueryParameters parameters, CancellationToken cancellationToken)
    {
        (string Name, ProvisionQueryParameters Alone)[] candidates =
        [
            ("focus", new ProvisionQueryParameters { Focus = parameters.Focus }),
            ("vs", new ProvisionQueryParameters { VirtualSchool = parameters.VirtualSchool }),
            ("map", new ProvisionQueryParameters { Map = parameters.Map }),
            ("q", new ProvisionQueryParameters { Search = parameters.Search }),
        ];
        foreach (var (name, alone) in candidates)
        {
            var (filter, _) = await alone.ToFilterAsync(authorities, cancellationToken);
            if (filter is null)
            {
                return name;
            }
        }

        return "query";
    }
}

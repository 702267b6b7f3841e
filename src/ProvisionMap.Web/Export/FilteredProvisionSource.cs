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
public sealed class FilteredProvisionSource(ProvisionMapDbContext db, ProvisionQueries queries)
{
    /// <summary>Validates the parameters and returns the ids of every matching provision in map order, or the invalid parameter.</summary>
    /// <remarks>The <c>page</c> parameter of the list page is ignored, because an export contains every matching row.</remarks>
    public async Task<(IReadOnlyList<int>? Ids, FilterProblem? Problem)> FindIdsAsync(
        ProvisionQueryParameters parameters, CancellationToken cancellationToken)
    {
        var lookup = await FilterLookup.LoadAsync(db, cancellationToken);
        var (filter, error) = parameters.ToFilter(lookup);
        if (filter is null)
        {
            return (null, new FilterProblem(FindInvalidParameter(parameters, lookup), error!));
        }

        var keys = await queries.ApplyFilters(db.Provisions, filter)
            .Select(provision => new { provision.Id, provision.Map, provision.Position })
            .ToListAsync(cancellationToken);

        // File order within each map, which the CSV round trip needs: the list page's order groups rows by section.
        var ids = keys.OrderBy(key => key.Map).ThenBy(key => key.Position).Select(key => key.Id).ToList();
        return (ids, null);
    }

    /// <summary>
    /// Loads the provisions with the given ids, with section, subsection, focus areas, authorities and vocabulary terms,
    /// in the order of the ids.
    /// </summary>
    public async Task<IReadOnlyList<Provision>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var provisions = await db.Provisions.AsNoTracking().AsSplitQuery()
            .Where(provision => ids.Contains(provision.Id))
            .Include(provision => provision.Section)
            .Include(provision => provision.Subsection)
            .Include(provision => provision.Focuses)
            .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority)
            .Include(provision => provision.Terms)
            .ToDictionaryAsync(provision => provision.Id, cancellationToken);
        return ids.Where(provisions.ContainsKey).Select(id => provisions[id]).ToList();
    }

    /// <summary>Loads the provisions with the given ids as JSON documents, in the order of the ids.</summary>
    public async Task<IReadOnlyList<ProvisionDocument>> LoadDocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var provisions = await LoadAsync(ids, cancellationToken);
        var terms = await TermNamesAsync(cancellationToken);
        return provisions.Select(provision => ProvisionDocument.From(provision, terms)).ToList();
    }

    /// <summary>Every vocabulary term, by facet and slug.</summary>
    public async Task<IReadOnlyDictionary<(TermFacet Facet, string Slug), VocabularyTerm>> TermNamesAsync(CancellationToken cancellationToken)
    {
        var terms = await db.VocabularyTerms.AsNoTracking().ToListAsync(cancellationToken);
        return terms.ToDictionary(term => (term.Facet, term.Slug));
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
    private static string FindInvalidParameter(ProvisionQueryParameters parameters, FilterLookup lookup)
    {
        (string Name, ProvisionQueryParameters Alone)[] candidates =
        [
            ("focus", new ProvisionQueryParameters { Focus = parameters.Focus }),
            ("audience", new ProvisionQueryParameters { Audience = parameters.Audience }),
            ("level", new ProvisionQueryParameters { Level = parameters.Level }),
            ("provider", new ProvisionQueryParameters { Provider = parameters.Provider }),
            ("region", new ProvisionQueryParameters { Region = parameters.Region }),
            ("vs", new ProvisionQueryParameters { VirtualSchool = parameters.VirtualSchool }),
            ("map", new ProvisionQueryParameters { Map = parameters.Map }),
            ("summaries", new ProvisionQueryParameters { Summaries = parameters.Summaries }),
            ("q", new ProvisionQueryParameters { Search = parameters.Search }),
        ];
        return candidates.FirstOrDefault(candidate => candidate.Alone.ToFilter(lookup).Filter is null).Name ?? "query";
    }
}

using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Search;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Reads provision for the list pages: filtered, in map order, a page at a time, and grouped by section and subsection.
/// </summary>
public sealed class ProvisionQueries(ProvisionMapDbContext db)
{
    /// <summary>Rows per page of the provision list, so a national map of many thousand rows still renders quickly.</summary>
    public const int PageSize = 100;

    /// <summary>Returns one page of the filtered rows in map order, with the number of matching rows.</summary>
    public async Task<(IReadOnlyList<ProvisionRowViewModel> Rows, int MatchCount)> FindPageAsync(
        ProvisionFilter filter, int page, CancellationToken cancellationToken)
    {
        var filtered = ApplyFilters(db.Provisions, filter);
        var matchCount = await filtered.CountAsync(cancellationToken);
        var ids = await InMapOrder(filtered)
            .Select(provision => provision.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var rows = await FindAsync(db.Provisions.Where(provision => ids.Contains(provision.Id)), cancellationToken);
        return (rows, matchCount);
    }

    public async Task<IReadOnlyList<ProvisionRowViewModel>> FindAsync(IQueryable<Provision> provisions, CancellationToken cancellationToken)
    {
        var entities = await InMapOrder(provisions
                .AsNoTracking()
                .AsSplitQuery()
                .Include(provision => provision.Focuses)
                .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority))
            .ToListAsync(cancellationToken);

        var contacts = await MainContactsAsync(entities.Where(provision => provision.IsSummary), cancellationToken);
        return entities.Select(provision => ToRow(provision, contacts)).ToList();
    }

    /// <summary>Orders rows as the maps print them: by map, section, subsection and position.</summary>
    public static IQueryable<Provision> InMapOrder(IQueryable<Provision> provisions) => provisions
        .OrderBy(provision => provision.Map == MapKind.Schools ? 0 : 1)
        .ThenBy(provision => provision.Map == MapKind.FosterCarers ? 1 : 0)
        .ThenBy(provision => provision.Section.Position)
        .ThenBy(provision => provision.Subsection == null ? 0 : provision.Subsection.Position)
        .ThenBy(provision => provision.Position);

    /// <summary>
    /// Finds the main contact email of each authority that the given summary rows name, from the authority's own rows,
    /// because summary rows give no email of their own.
    /// </summary>
    private async Task<Dictionary<int, string>> MainContactsAsync(IEnumerable<Provision> summaries, CancellationToken cancellationToken)
    {
        var authorityIds = summaries.SelectMany(provision => provision.Authorities).Select(link => link.LocalAuthorityId).Distinct().ToList();
        if (authorityIds.Count == 0)
        {
            return [];
        }

        var rows = await db.ProvisionAuthorities.AsNoTracking()
            .Where(link => authorityIds.Contains(link.LocalAuthorityId) && !link.Provision.IsSummary && link.Provision.ContactEmail != null)
            .OrderBy(link => link.ProvisionId)
            .Select(link => new { link.LocalAuthorityId, link.Provision.ContactName, link.Provision.ContactEmail })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(row => row.LocalAuthorityId)
            .ToDictionary(
                group => group.Key,
                group => AuthorityQueries.Contacts(group.Select(row => (row.ContactName, row.ContactEmail)))[0].Email);
    }

    /// <summary>
    /// Applies every filter except those of <paramref name="except"/>, which facet counts leave out so that each value's
    /// count is the number of rows that choosing it would give.
    /// </summary>
    public IQueryable<Provision> ApplyFilters(IQueryable<Provision> provisions, ProvisionFilter filter, FacetKind? except = null)
    {
        if (filter.Maps.Count > 0 && except != FacetKind.Map)
        {
            var maps = filter.Maps.Select(map => map.Kind).ToList();
            provisions = provisions.Where(provision => maps.Contains(provision.Map));
        }

        if (filter.Summaries != SummaryRows.Include)
        {
            var summariesOnly = filter.Summaries == SummaryRows.Only;
            provisions = provisions.Where(provision => provision.IsSummary == summariesOnly);
        }

        if (except != FacetKind.Focus)
        {
            foreach (var focus in filter.Focuses.Select(info => info.Area))
            {
                provisions = provisions.Where(provision => provision.Focuses.Any(cell => cell.Area == focus));
            }
        }

        foreach (var facet in TermFacetInfo.All.Where(facet => except != ToFacetKind(facet.Facet)))
        {
            var slugs = filter.TermsOf(facet.Facet).Select(term => term.Slug).ToList();
            if (slugs.Count > 0)
            {
                var facetKey = facet.Facet;
                provisions = provisions.Where(provision => provision.Terms.Any(term => term.Facet == facetKey && slugs.Contains(term.TermSlug)));
            }
        }

        if (filter.Regions.Count > 0 && except != FacetKind.Region)
        {
            var regions = filter.Regions.Select(region => region.Name).ToList();
            provisions = provisions.Where(provision => provision.Authorities.Any(link => regions.Contains(link.LocalAuthority.Region)));
        }

        if (filter.Authorities.Count > 0 && except != FacetKind.VirtualSchool)
        {
            var authorityIds = filter.Authorities.Select(authority => authority.Id).ToList();
            provisions = provisions.Where(provision => provision.Authorities.Any(link => authorityIds.Contains(link.LocalAuthorityId)));
        }

        if (filter.Search.HasText && filter.Search.IsEmpty)
        {
            // Text of only punctuation, such as "%", has no word to look for, so nothing matches it.
            provisions = provisions.Where(provision => false);
        }
        else if (!filter.Search.IsEmpty)
        {
            var matching = SearchIds(filter.Search);
            provisions = provisions.Where(provision => matching.Contains(provision.Id));
        }

        return provisions;
    }

    /// <summary>Ids of the provisions whose search index document contains every search word.</summary>
    public IQueryable<int> SearchIds(SearchQuery search)
    {
        var expression = search.ToMatchExpression();
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ProvisionSearch WHERE ProvisionSearch MATCH {expression}");
    }

    public static FacetKind ToFacetKind(TermFacet facet) => facet switch
    {
        TermFacet.Audience => FacetKind.Audience,
        TermFacet.Level => FacetKind.Level,
        _ => FacetKind.Provider,
    };

    /// <summary>
    /// Groups rows, already in map order, under their sections and subsections with the headings' notes, marking the
    /// words that <paramref name="highlight"/> matched.
    /// </summary>
    public async Task<IReadOnlyList<SectionGroupViewModel>> GroupAsync(
        IReadOnlyList<ProvisionRowViewModel> rows, CancellationToken cancellationToken, SearchQuery? highlight = null)
    {
        var sectionIds = rows.Select(row => row.SectionId).Distinct().ToList();
        var sections = await db.Sections.AsNoTracking()
            .Include(section => section.Subsections)
            .Where(section => sectionIds.Contains(section.Id))
            .ToDictionaryAsync(section => section.Id, cancellationToken);

        return rows.GroupBy(row => row.SectionId)
            .Select(sectionRows => ToSectionGroup(sections[sectionRows.Key], sectionRows.ToList(), highlight?.Words ?? []))
            .ToList();
    }

    private static SectionGroupViewModel ToSectionGroup(Section section, List<ProvisionRowViewModel> rows, IReadOnlyList<string> highlightWords)
    {
        var groups = rows.GroupBy(row => row.SubsectionId)
            .Select(subsectionRows =>
            {
                var subsection = section.Subsections.FirstOrDefault(candidate => candidate.Id == subsectionRows.Key);
                var caption = subsection is null ? section.Name : $"{section.Name}: {subsection.Name}";
                return new SubsectionGroupViewModel(subsection?.Name, subsection?.Note,
                    new ProvisionTableViewModel(caption, subsectionRows.ToList(), highlightWords));
            })
            .ToList();
        var map = MapKindInfo.Of(section.Map);
        return new SectionGroupViewModel(map.Name, map.Slug, section.Name, section.Slug, section.Note, groups);
    }

    private static ProvisionRowViewModel ToRow(Provision provision, Dictionary<int, string> mainContacts)
    {
        var focuses = FocusAreaInfo.All.Select(info =>
        {
            var cell = provision.Focuses.FirstOrDefault(focus => focus.Area == info.Area);
            return new FocusCellViewModel(info, cell is not null, cell?.RespondentCount, cell?.Description);
        }).ToList();
        var authorities = provision.Authorities
            .OrderBy(link => link.Position)
            .Select(link => new AuthorityLinkViewModel(link.LocalAuthority.Name, link.LocalAuthority.Slug,
                provision.IsSummary ? mainContacts.GetValueOrDefault(link.LocalAuthorityId) : null))
            .ToList();

        return new ProvisionRowViewModel(
            provision.Id, provision.SectionId, provision.SubsectionId, provision.Service, provision.IsSummary, authorities,
            provision.UnlistedRespondents, focuses, provision.ProvidedFor, provision.LevelOfProvision, provision.ProvidedBy,
            provision.ProfessionalsInvolved, provision.ContactName, provision.ContactEmail, provision.ContactText);
    }
}

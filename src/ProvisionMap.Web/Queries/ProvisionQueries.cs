using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Reads provision for the list pages: filtered, in map order, and grouped by section and subsection.
/// </summary>
public sealed class ProvisionQueries(ProvisionMapDbContext db)
{
    public async Task<IReadOnlyList<SectionGroupViewModel>> FindGroupedAsync(ProvisionFilter filter, CancellationToken cancellationToken)
    {
        var rows = await FindAsync(ApplyFilters(db.Provisions, filter), cancellationToken);
        return await GroupAsync(rows, cancellationToken);
    }

    public async Task<IReadOnlyList<ProvisionRowViewModel>> FindAsync(IQueryable<Provision> provisions, CancellationToken cancellationToken)
    {
        var entities = await provisions
            .AsNoTracking()
            .AsSplitQuery()
            .Include(provision => provision.Focuses)
            .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority)
            .OrderBy(provision => provision.Section.Position)
            .ThenBy(provision => provision.Subsection == null ? 0 : provision.Subsection.Position)
            .ThenBy(provision => provision.Position)
            .ToListAsync(cancellationToken);

        var contacts = await MainContactsAsync(entities.Where(provision => provision.IsSummary), cancellationToken);

        // The map is stored by name, so map order is applied here; LINQ's OrderBy is stable and keeps the order above.
        return entities.OrderBy(provision => provision.Map).Select(provision => ToRow(provision, contacts)).ToList();
    }

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

    public static IQueryable<Provision> ApplyFilters(IQueryable<Provision> provisions, ProvisionFilter filter)
    {
        if (filter.Map is not null)
        {
            var map = filter.Map.Kind;
            provisions = provisions.Where(provision => provision.Map == map);
        }

        foreach (var focus in filter.Focuses.Select(info => info.Area))
        {
            provisions = provisions.Where(provision => provision.Focuses.Any(cell => cell.Area == focus));
        }

        if (filter.Authority is not null)
        {
            var authorityId = filter.Authority.Id;
            provisions = provisions.Where(provision => provision.Authorities.Any(link => link.LocalAuthorityId == authorityId));
        }

        foreach (var word in filter.Words)
        {
            var pattern = $"%{EscapeLike(word)}%";
            provisions = provisions.Where(provision =>
                EF.Functions.Like(provision.Service, pattern, "\\")
                || EF.Functions.Like(provision.ProvidedFor, pattern, "\\")
                || EF.Functions.Like(provision.ProvidedBy, pattern, "\\"));
        }

        return provisions;
    }

    /// <summary>Groups rows, already in map order, under their sections and subsections with the headings' notes.</summary>
    public async Task<IReadOnlyList<SectionGroupViewModel>> GroupAsync(IReadOnlyList<ProvisionRowViewModel> rows, CancellationToken cancellationToken)
    {
        var sectionIds = rows.Select(row => row.SectionId).Distinct().ToList();
        var sections = await db.Sections.AsNoTracking()
            .Include(section => section.Subsections)
            .Where(section => sectionIds.Contains(section.Id))
            .ToDictionaryAsync(section => section.Id, cancellationToken);

        return rows.GroupBy(row => row.SectionId)
            .Select(sectionRows => ToSectionGroup(sections[sectionRows.Key], sectionRows.ToList()))
            .ToList();
    }

    private static SectionGroupViewModel ToSectionGroup(Section section, List<ProvisionRowViewModel> rows)
    {
        var groups = rows.GroupBy(row => row.SubsectionId)
            .Select(subsectionRows =>
            {
                var subsection = section.Subsections.FirstOrDefault(candidate => candidate.Id == subsectionRows.Key);
                var caption = subsection is null ? section.Name : $"{section.Name}: {subsection.Name}";
                return new SubsectionGroupViewModel(subsection?.Name, subsection?.Note,
                    new ProvisionTableViewModel(caption, subsectionRows.ToList()));
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

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

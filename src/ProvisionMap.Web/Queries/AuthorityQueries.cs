using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Reads virtual schools (local authorities) with their contacts and provision counts.
/// </summary>
public sealed class AuthorityQueries(ProvisionMapDbContext db)
{
    public Task<LocalAuthority?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.LocalAuthorities.AsNoTracking().FirstOrDefaultAsync(authority => authority.Slug == slug, cancellationToken);

    /// <summary>Every authority that the map names, with its own provision count and contacts, by name.</summary>
    public async Task<IReadOnlyList<VirtualSchoolSummaryViewModel>> ListWithProvisionAsync(CancellationToken cancellationToken)
    {
        var links = await db.ProvisionAuthorities.AsNoTracking()
            .Select(link => new
            {
                link.LocalAuthority.Name,
                link.LocalAuthority.Slug,
                link.LocalAuthority.Region,
                link.Provision.IsSummary,
                link.Provision.ContactName,
                link.Provision.ContactEmail,
                link.Provision.Map,
                link.Provision.Position,
            })
            .ToListAsync(cancellationToken);

        return links.GroupBy(link => link.Slug)
            .Select(group =>
            {
                var first = group.First();
                var own = group.Where(link => !link.IsSummary).OrderBy(link => link.Map).ThenBy(link => link.Position).ToList();
                var contacts = Contacts(own.Select(link => (link.ContactName, link.ContactEmail)));
                return new VirtualSchoolSummaryViewModel(first.Name, first.Slug, first.Region, contacts, own.Count, group.Count() - own.Count);
            })
            .OrderBy(school => school.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Every authority in the database, by name, with its contacts from the map where it has any.</summary>
    public async Task<IReadOnlyList<ContactEntryViewModel>> ListAllWithContactsAsync(CancellationToken cancellationToken)
    {
        var withProvision = (await ListWithProvisionAsync(cancellationToken)).ToDictionary(school => school.Slug);
        var authorities = await db.LocalAuthorities.AsNoTracking()
            .Select(authority => new { authority.Name, authority.Slug, authority.Region })
            .ToListAsync(cancellationToken);

        return authorities
            .Select(authority => withProvision.TryGetValue(authority.Slug, out var school)
                ? new ContactEntryViewModel(school.Name, school.Slug, school.Region, school.Contacts, school.ProvisionCount, school.SummaryMentions)
                : new ContactEntryViewModel(authority.Name, authority.Slug, authority.Region, [], 0, 0))
            .OrderBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Builds the matcher that the contact search uses, from every authority in the database.</summary>
    public async Task<AuthorityDirectory> DirectoryAsync(CancellationToken cancellationToken)
    {
        var authorities = await db.LocalAuthorities.AsNoTracking().ToListAsync(cancellationToken);
        return new AuthorityDirectory(authorities.Select(authority => new AuthorityRecord(
            authority.Name, authority.Id, authority.OnsCode, authority.Region,
            authority.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries))));
    }

    /// <summary>
    /// Distinct email addresses in order of how many rows give them, most first, each with the first name given for it.
    /// </summary>
    public static IReadOnlyList<ContactViewModel> Contacts(IEnumerable<(string? Name, string? Email)> rows) =>
        rows.Where(row => row.Email is not null)
            .GroupBy(row => row.Email!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .Select(group => new ContactViewModel(group.Select(row => row.Name).FirstOrDefault(name => name is not null), group.Key))
            .ToList();
}

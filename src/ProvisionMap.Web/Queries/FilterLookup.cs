using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// The values that filter parameters are checked against: every authority, region and vocabulary term in the database.
/// </summary>
public sealed class FilterLookup
{
    private FilterLookup(IReadOnlyList<LocalAuthority> authorities, IReadOnlyList<VocabularyTerm> terms)
    {
        Authorities = authorities;
        Terms = terms;
        Regions = authorities.Select(authority => authority.Region)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new RegionInfo(name, MatchKey.Slugify(name)))
            .ToList();
    }

    /// <summary>Every authority, by name.</summary>
    public IReadOnlyList<LocalAuthority> Authorities { get; }

    /// <summary>Vocabulary terms in facet and file order.</summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>Regions in alphabetical order.</summary>
    public IReadOnlyList<RegionInfo> Regions { get; }

    public static async Task<FilterLookup> LoadAsync(ProvisionMapDbContext db, CancellationToken cancellationToken)
    {
        var authorities = await db.LocalAuthorities.AsNoTracking().OrderBy(authority => authority.Name).ToListAsync(cancellationToken);
        var terms = await db.VocabularyTerms.AsNoTracking().ToListAsync(cancellationToken);
        return new FilterLookup(authorities, terms.OrderBy(term => term.Facet).ThenBy(term => term.Position).ToList());
    }

    // Each Find method takes a slug or a name, such as "south-west" or "South West", because both reach the site in links.
    public LocalAuthority? FindAuthority(string slugOrName)
    {
        var slug = MatchKey.Slugify(slugOrName);
        return Authorities.FirstOrDefault(authority => authority.Slug == slug);
    }

    public RegionInfo? FindRegion(string slugOrName)
    {
        var slug = MatchKey.Slugify(slugOrName);
        return Regions.FirstOrDefault(region => region.Slug == slug);
    }

    public VocabularyTerm? FindTerm(TermFacet facet, string slugOrName)
    {
        var slug = MatchKey.Slugify(slugOrName);
        return Terms.FirstOrDefault(term => term.Facet == facet && term.Slug == slug);
    }

    public IEnumerable<VocabularyTerm> TermsOf(TermFacet facet) => Terms.Where(term => term.Facet == facet);
}

/// <summary>An English region, such as "South West" with the slug "south-west".</summary>
public sealed record RegionInfo(string Name, string Slug);

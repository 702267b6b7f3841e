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

    public LocalAuthority? FindAuthority(string slug) =>
        Authorities.FirstOrDefault(authority => string.Equals(authority.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public RegionInfo? FindRegion(string slug) =>
        Regions.FirstOrDefault(region => string.Equals(region.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public VocabularyTerm? FindTerm(TermFacet facet, string slug) =>
        Terms.FirstOrDefault(term => term.Facet == facet && string.Equals(term.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<VocabularyTerm> TermsOf(TermFacet facet) => Terms.Where(term => term.Facet == facet);
}

/// <summary>An English region, such as "South West" with the slug "south-west".</summary>
public sealed record RegionInfo(string Name, string Slug);

using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.OpenReferral;

/// <summary>
/// Maps provision to Open Referral UK services: the virtual school is the organisation, the contact cell the
/// contact, and focus areas, the map and the audience, level and provider vocabulary terms are taxonomy terms.
/// Summary rows are not services of one organisation, so the feed leaves them out.
/// </summary>
/// <param name="baseUrl">Scheme and host of the site, such as "https://example.org", for the absolute URLs the profile requires.</param>
/// <param name="vocabulary">Every vocabulary term by facet and slug, for the terms' names.</param>
public sealed class OpenReferralMapper(
    string baseUrl, DateTimeOffset? lastModified, IReadOnlyDictionary<(TermFacet Facet, string Slug), VocabularyTerm> vocabulary)
{
    public static bool IsService(Provision provision) => !provision.IsSummary && provision.Authorities.Count == 1;

    /// <summary>
    /// Every taxonomy term the feed uses, by id, with the /provision query parameter and value that select it.
    /// </summary>
    public static IReadOnlyDictionary<Guid, (string Parameter, string Slug)> KnownTerms(IEnumerable<VocabularyTerm> vocabulary) =>
        FocusAreaInfo.All.Select(info => (Taxonomy.Focus, info.Slug))
            .Concat(MapKindInfo.All.Select(map => (Taxonomy.Map, map.Slug)))
            .Concat(vocabulary.Select(term => (Taxonomy.Of(term.Facet), term.Slug)))
            .ToDictionary(entry => NameBasedUuid.TaxonomyTerm(entry.Item1.Slug, entry.Slug), entry => (entry.Item1.Parameter, entry.Slug));

    public OrukServiceSummary Summary(Provision provision)
    {
        var organization = Organization(provision.Authorities[0].LocalAuthority);
        return new OrukServiceSummary(
            NameBasedUuid.Service(provision.Id), organization.Id, provision.Service, Description(provision), $"{baseUrl}/provision/{provision.Id}",
            provision.ContactEmail, "active", lastModified, organization);
    }

    public OrukService Full(Provision provision)
    {
        var summary = Summary(provision);
        var contacts = provision.ContactEmail is null
            ? []
            : new[]
            {
                new OrukContact(NameBasedUuid.Contact(provision.Id), summary.Id, provision.ContactName, provision.ContactEmail,
                    $"mailto:{provision.ContactEmail}"),
            };
        return new OrukService(
            summary.Id, summary.OrganizationId, summary.Name, summary.Description, summary.Url, summary.Email, summary.Status,
            summary.LastModified, summary.Organization, contacts, Attributes(provision, summary.Id));
    }

    private OrukOrganization Organization(LocalAuthority authority) => new(
        NameBasedUuid.Organization(authority.Id),
        $"{authority.Name} Virtual School",
        $"The Virtual School of {authority.Name}, a local authority in {authority.Region} " +
        $"(DfE LA code {ProvisionDocument.DfeCode(authority.Id)}, ONS code {authority.OnsCode}).",
        null,
        $"{baseUrl}/virtual-schools/{authority.Slug}");

    private static string Description(Provision provision)
    {
        (string Label, string Value)[] parts =
        [
            ("Provided for", provision.ProvidedFor),
            ("Level of provision", provision.LevelOfProvision),
            ("Provided by", provision.ProvidedBy),
            ("Professionals involved", provision.ProfessionalsInvolved),
        ];
        var details = parts.Where(part => part.Value.Length > 0).Select(part => $"{part.Label}: {part.Value}.");
        return string.Join(' ', [provision.Service.TrimEnd('.') + ".", .. details]);
    }

    private List<OrukAttribute> Attributes(Provision provision, Guid serviceId)
    {
        var attributes = provision.Focuses.OrderBy(focus => focus.Area)
            .Select(focus => FocusAreaInfo.Of(focus.Area))
            .Select(info => Attribute(provision.Id, serviceId, Taxonomy.Focus, info.Slug, info.Name))
            .ToList();

        var map = MapKindInfo.Of(provision.Map);
        attributes.Add(Attribute(provision.Id, serviceId, Taxonomy.Map, map.Slug, map.Name));

        foreach (var term in provision.Terms.OrderBy(term => term.Facet)
            .ThenBy(term => vocabulary.GetValueOrDefault((term.Facet, term.TermSlug))?.Position))
        {
            var name = vocabulary.GetValueOrDefault((term.Facet, term.TermSlug))?.Name ?? term.TermSlug;
            attributes.Add(Attribute(provision.Id, serviceId, Taxonomy.Of(term.Facet), term.TermSlug, name));
        }

        return attributes;
    }

    private OrukAttribute Attribute(int provisionId, Guid serviceId, Taxonomy taxonomy, string termSlug, string term)
    {
        var termId = NameBasedUuid.TaxonomyTerm(taxonomy.Slug, termSlug);
        return new OrukAttribute(
            NameBasedUuid.Attribute(provisionId, taxonomy.Slug, termSlug), serviceId, termId, taxonomy.LinkType,
            new OrukTaxonomyTerm(termId, taxonomy.Name, NameBasedUuid.Taxonomy(taxonomy.Slug), term,
                $"{baseUrl}/provision?{taxonomy.Parameter}={Uri.EscapeDataString(termSlug)}"));
    }

    /// <summary>
    /// One of the feed's taxonomies: its slug (part of its terms' ids), name, the attributes' link type, and the
    /// /provision query parameter that filters by its terms.
    /// </summary>
    private sealed record Taxonomy(string Slug, string Name, string LinkType, string Parameter)
    {
        public static readonly Taxonomy Focus = new("provisionmap-focus-areas", "ProvisionMap focus areas", "focus_area", "focus");

        public static readonly Taxonomy Map = new("provisionmap-maps", "ProvisionMap maps", "map", "map");

        public static Taxonomy Of(TermFacet facet)
        {
            var info = TermFacetInfo.Of(facet);
            return new($"provisionmap-{info.Parameter}", $"ProvisionMap {info.Name.ToLowerInvariant()}", info.Parameter, info.Parameter);
        }
    }
}

using ProvisionMap.Core.Domain;
using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.OpenReferral;

/// <summary>
/// Maps provision to Open Referral UK services: the virtual school is the organisation, the contact cell the
/// contact, and focus areas and the map's audience are taxonomy terms. Summary rows are not services of one
/// organisation, so the feed leaves them out.
/// </summary>
/// <param name="baseUrl">Scheme and host of the site, such as "https://example.org", for the absolute URLs the profile requires.</param>
public sealed class OpenReferralMapper(string baseUrl, DateTimeOffset? lastModified)
{
    public const string FocusTaxonomy = "provisionmap-focus-areas";

    public const string AudienceTaxonomy = "provisionmap-audiences";

    public static bool IsService(Provision provision) => !provision.IsSummary && provision.Authorities.Count == 1;

    public OrukServiceSummary Summary(Provision provision)
    {
        var organization = Organization(provision.Authorities[0].LocalAuthority);
        return new OrukServiceSummary(
            NameBasedUuid.Service(provision.Id), organization.Id, provision.Service, Description(provision), ServiceUrl(provision),
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

    /// <summary>Every taxonomy term the feed uses, by id, with the focus-area slug or map it stands for.</summary>
    public static IReadOnlyDictionary<Guid, (FocusAreaInfo? Focus, MapKindInfo? Map)> KnownTerms { get; } =
        FocusAreaInfo.All.Select(info => (Id: NameBasedUuid.TaxonomyTerm(FocusTaxonomy, info.Slug), Value: ((FocusAreaInfo?)info, (MapKindInfo?)null)))
            .Concat(MapKindInfo.All.Select(map => (Id: NameBasedUuid.TaxonomyTerm(AudienceTaxonomy, map.Slug), Value: ((FocusAreaInfo?)null, (MapKindInfo?)map))))
            .ToDictionary(entry => entry.Id, entry => entry.Value);

    private OrukOrganization Organization(LocalAuthority authority) => new(
        NameBasedUuid.Organization(authority.Id),
        $"{authority.Name} Virtual School",
        $"The Virtual School of {authority.Name}, a local authority in {authority.Region} " +
        $"(DfE LA code {ProvisionDocument.DfeCode(authority.Id)}, ONS code {authority.OnsCode}).",
        null,
        $"{baseUrl}/virtual-schools/{authority.Slug}");

    // NOTE: the shortlist page is the only page that shows a single provision with its contact. Switch to the
    // provision's own page once the site has one.
    private string ServiceUrl(Provision provision) => $"{baseUrl}/shortlist?id={provision.Id}";

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
            .Select(info => Attribute(provision.Id, serviceId, FocusTaxonomy, "ProvisionMap focus areas", info.Slug, info.Name,
                $"{baseUrl}/focus/{info.Slug}", "focus_area"))
            .ToList();

        var map = MapKindInfo.Of(provision.Map);
        attributes.Add(Attribute(provision.Id, serviceId, AudienceTaxonomy, "ProvisionMap audiences", map.Slug, map.Name, null, "audience"));

        // TODO: add the audience and level vocabulary terms as taxonomy terms once provision carries them.
        return attributes;
    }

    private static OrukAttribute Attribute(
        int provisionId, Guid serviceId, string taxonomySlug, string taxonomyName, string termSlug, string term, string? termUri, string linkType)
    {
        var termId = NameBasedUuid.TaxonomyTerm(taxonomySlug, termSlug);
        return new OrukAttribute(
            NameBasedUuid.Attribute(provisionId, taxonomySlug, termSlug), serviceId, termId, linkType,
            new OrukTaxonomyTerm(termId, taxonomyName, NameBasedUuid.Taxonomy(taxonomySlug), term, termUri));
    }
}

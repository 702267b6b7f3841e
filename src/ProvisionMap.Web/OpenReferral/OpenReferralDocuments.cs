using System.Text.Json.Serialization;

namespace ProvisionMap.Web.OpenReferral;

// The Open Referral UK profile (HSDS 3.0) names fields in snake_case; these records follow its schema files, which
// are kept with their source under tests/ProvisionMap.Tests/Api/OpenReferralSchema.

/// <summary>The response of <c>GET /</c>: which HSDS version and profile the feed follows, and where its OpenAPI document is.</summary>
public sealed record OrukApiInfo(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("openapi_url")] string OpenApiUrl);

/// <summary>One page of a paged list, with the profile's paging fields.</summary>
public sealed record OrukPage<T>(
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages,
    [property: JsonPropertyName("page_number")] int PageNumber,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("first_page")] bool FirstPage,
    [property: JsonPropertyName("last_page")] bool LastPage,
    [property: JsonPropertyName("empty")] bool Empty,
    [property: JsonPropertyName("contents")] IReadOnlyList<T> Contents);

/// <summary>A virtual school as an organisation.</summary>
public sealed record OrukOrganization(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("website")] string Website);

/// <summary>A service in the paged list: only the one-to-one fields and its organisation.</summary>
public sealed record OrukServiceSummary(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("organization_id")] Guid OrganizationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("last_modified")] DateTimeOffset? LastModified,
    [property: JsonPropertyName("organization")] OrukOrganization Organization);

/// <summary>A fully nested service: the list fields with its contacts and taxonomy terms.</summary>
public sealed record OrukService(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("organization_id")] Guid OrganizationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("last_modified")] DateTimeOffset? LastModified,
    [property: JsonPropertyName("organization")] OrukOrganization Organization,
    [property: JsonPropertyName("contacts")] IReadOnlyList<OrukContact> Contacts,
    [property: JsonPropertyName("attributes")] IReadOnlyList<OrukAttribute> Attributes);

/// <summary>
/// A service's contact. The profile's contact schema requires <c>url</c>, which is a mailto: link here, and lists no
/// <c>email</c>. The <c>email</c> field is HSDS 3.0's contact email, added so that a reader need not parse the link.
/// </summary>
public sealed record OrukContact(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("url")] string Url);

/// <summary>Links a service to one taxonomy term.</summary>
public sealed record OrukAttribute(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("link_id")] Guid LinkId,
    [property: JsonPropertyName("taxonomy_term_id")] Guid TaxonomyTermId,
    [property: JsonPropertyName("link_type")] string LinkType,
    [property: JsonPropertyName("taxonomy_term")] OrukTaxonomyTerm TaxonomyTerm);

public sealed record OrukTaxonomyTerm(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("taxonomy")] string Taxonomy,
    [property: JsonPropertyName("taxonomy_id")] Guid TaxonomyId,
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("term_uri")] string? TermUri);

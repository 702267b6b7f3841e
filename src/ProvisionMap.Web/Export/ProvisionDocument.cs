using System.Globalization;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.Export;

/// <summary>A provision map, by name and URL slug.</summary>
public sealed record MapDocument(string Name, string Slug);

/// <summary>A section heading with the narrative the map prints under it.</summary>
public sealed record SectionDocument(int Id, string Name, string Slug, string? Note);

public sealed record SubsectionDocument(int Id, string Name, string? Note);

/// <summary>
/// A virtual school (local authority) with its codes: the DfE 3-digit LA code as a string, such as "926", and the
/// ONS (GSS) code, such as "E10000020".
/// </summary>
public sealed record VirtualSchoolDocument(string Name, string Slug, string DfeCode, string OnsCode, string Region);

/// <summary>A ticked focus area; on a summary row, the number of respondents who gave it.</summary>
public sealed record FocusAreaDocument(string Slug, string Name, int? RespondentCount, string? Description);

/// <summary>
/// A vocabulary term that the provision's audience, level or provider text maps to: the facet's query parameter
/// (audience, level or provider), the term's slug and name, and the entries of the original cell that map to it.
/// </summary>
public sealed record TermDocument(string Facet, string Slug, string Name, string Entries);

/// <summary>The contact cell as the map prints it, and the name and email address taken from it.</summary>
public sealed record ContactDocument(string Text, string? Name, string? Email);

/// <summary>
/// One provision in the JSON export and the API: the CSV's fields, with authority codes, section notes and links.
/// </summary>
public sealed record ProvisionDocument(
    int Id,
    MapDocument Map,
    SectionDocument Section,
    SubsectionDocument? Subsection,
    string Service,
    bool IsSummary,
    string VirtualSchoolText,
    IReadOnlyList<VirtualSchoolDocument> VirtualSchools,
    int UnlistedRespondents,
    int RespondentTotal,
    IReadOnlyList<FocusAreaDocument> FocusAreas,
    string ProvidedFor,
    string LevelOfProvision,
    string ProvidedBy,
    string ProfessionalsInvolved,
    IReadOnlyList<TermDocument> Terms,
    ContactDocument Contact,
    string Url,
    string ApiUrl,
    string ShortlistUrl)
{
    /// <summary>
    /// Builds the document from a provision loaded with its section, subsection, focus areas, authorities and terms.
    /// </summary>
    /// <param name="vocabulary">Every vocabulary term by facet and slug, for the terms' names.</param>
    public static ProvisionDocument From(Provision provision, IReadOnlyDictionary<(TermFacet Facet, string Slug), VocabularyTerm> vocabulary)
    {
        var map = MapKindInfo.Of(provision.Map);
        var section = provision.Section;
        var subsection = provision.Subsection;
        return new ProvisionDocument(
            provision.Id,
            new MapDocument(map.Name, map.Slug),
            new SectionDocument(section.Id, section.Name, section.Slug, section.Note),
            subsection is null ? null : new SubsectionDocument(subsection.Id, subsection.Name, subsection.Note),
            provision.Service,
            provision.IsSummary,
            provision.VirtualSchoolText,
            provision.Authorities.OrderBy(link => link.Position).Select(link => VirtualSchool(link.LocalAuthority)).ToList(),
            provision.UnlistedRespondents,
            provision.RespondentTotal,
            provision.Focuses.OrderBy(focus => focus.Area).Select(focus =>
            {
                var info = FocusAreaInfo.Of(focus.Area);
                return new FocusAreaDocument(info.Slug, info.Name, focus.RespondentCount, focus.Description);
            }).ToList(),
            provision.ProvidedFor,
            provision.LevelOfProvision,
            provision.ProvidedBy,
            provision.ProfessionalsInvolved,
            provision.Terms.OrderBy(term => term.Facet).ThenBy(term => vocabulary.GetValueOrDefault((term.Facet, term.TermSlug))?.Position)
                .Select(term => new TermDocument(
                    TermFacetInfo.Of(term.Facet).Parameter, term.TermSlug,
                    vocabulary.GetValueOrDefault((term.Facet, term.TermSlug))?.Name ?? term.TermSlug, term.Entries))
                .ToList(),
            new ContactDocument(provision.ContactText, provision.ContactName, provision.ContactEmail),
            $"/provision/{provision.Id}",
            $"/api/provision/{provision.Id}",
            $"/shortlist?id={provision.Id}");
    }

    public static VirtualSchoolDocument VirtualSchool(LocalAuthority authority) =>
        new(authority.Name, authority.Slug, DfeCode(authority.Id), authority.OnsCode, authority.Region);

    /// <summary>Formats a DfE LA code with its leading zeros kept, as the DfE publishes it.</summary>
    public static string DfeCode(int code) => code.ToString("000", CultureInfo.InvariantCulture);
}

/// <summary>The JSON export of a /provision view: its filters as given, when the data was loaded, and every matching provision.</summary>
public sealed record ProvisionExportDocument(
    IReadOnlyDictionary<string, string[]> Filters,
    DateTime? DataLoadedAtUtc,
    int Count,
    IReadOnlyList<ProvisionDocument> Provisions);

using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Groups validated rows into sections and subsections in order of first appearance and attaches the section notes.
/// </summary>
public sealed class ImportPlanBuilder(string sectionNotesFileName, ImportReport report)
{
    private readonly Dictionary<(MapKind, string), Section> _sections = [];

    private readonly List<Section> _orderedSections = [];

    private readonly List<Provision> _provisions = [];

    private readonly Dictionary<MapKind, int> _rowsPerMap = [];

    public void Add(ValidatedProvision row, List<ProvisionTerm> terms)
    {
        var section = SectionFor(row.Map, row.Section);
        var subsection = row.Subsection is null ? null : SubsectionFor(section, row.Subsection);
        _rowsPerMap[row.Map] = _rowsPerMap.GetValueOrDefault(row.Map) + 1;
        var provision = new Provision
        {
            Map = row.Map,
            Section = section,
            Subsection = subsection,
            Position = _rowsPerMap[row.Map],
            SourceLine = row.Line,
            Service = row.Service,
            VirtualSchoolText = row.VirtualSchoolText,
            IsSummary = row.IsSummary,
            UnlistedRespondents = row.UnlistedRespondents,
            ProvidedFor = row.ProvidedFor,
            LevelOfProvision = row.LevelOfProvision,
            ProvidedBy = row.ProvidedBy,
            ProfessionalsInvolved = row.ProfessionalsInvolved,
            ContactText = row.ContactText,
            ContactName = row.ContactName,
            ContactEmail = row.ContactEmail,
            Focuses = row.Focuses.ToList(),
            Authorities = row.Authorities
                .Select((authority, index) => new ProvisionAuthority { LocalAuthorityId = authority.Code, Position = index + 1 })
                .ToList(),
            Terms = terms,
        };
        section.Provisions.Add(provision);
        subsection?.Provisions.Add(provision);
        _provisions.Add(provision);
    }

    /// <summary>Attaches notes to their headings. A note whose heading has no rows still creates the heading, so no text is lost.</summary>
    public void AddNotes(IEnumerable<SectionNote> notes)
    {
        foreach (var note in notes)
        {
            var known = _sections.TryGetValue((note.Map, MatchKey.Normalise(note.Section)), out var section)
                && (note.Subsection is null || section.Subsections.Any(sub => SameHeading(sub.Name, note.Subsection)));
            if (!known)
            {
                report.Warning(sectionNotesFileName, note.Line, "No provision row has this heading; the heading is created with only its note.",
                    value: note.Subsection ?? note.Section);
            }

            section = SectionFor(note.Map, note.Section);
            if (note.Subsection is null)
            {
                section.Note = NullIfEmpty(note.Note);
            }
            else
            {
                SubsectionFor(section, note.Subsection).Note = NullIfEmpty(note.Note);
            }
        }
    }

    public IReadOnlyList<Section> Sections => _orderedSections;

    public IReadOnlyList<Provision> Provisions => _provisions;

    private Section SectionFor(MapKind map, string name)
    {
        var key = (map, MatchKey.Normalise(name));
        if (_sections.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var sectionsInMap = _orderedSections.Where(section => section.Map == map).ToList();
        var section = new Section
        {
            Map = map,
            Name = name,
            Slug = UniqueSlug(MatchKey.Slugify(name), sectionsInMap.Select(other => other.Slug)),
            Position = sectionsInMap.Count + 1,
        };
        _sections[key] = section;
        _orderedSections.Add(section);
        return section;
    }

    private static Subsection SubsectionFor(Section section, string name)
    {
        var existing = section.Subsections.FirstOrDefault(subsection => SameHeading(subsection.Name, name));
        if (existing is not null)
        {
            return existing;
        }

        var subsection = new Subsection { Section = section, Name = name, Position = section.Subsections.Count + 1 };
        section.Subsections.Add(subsection);
        return subsection;
    }

    private static bool SameHeading(string first, string second) => MatchKey.Normalise(first) == MatchKey.Normalise(second);

    private static string UniqueSlug(string slug, IEnumerable<string> takenSlugs)
    {
        var takenSet = takenSlugs.ToHashSet(StringComparer.Ordinal);
        var candidate = slug.Length == 0 ? "section" : slug;
        for (var suffix = 2; takenSet.Contains(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }

        return candidate;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

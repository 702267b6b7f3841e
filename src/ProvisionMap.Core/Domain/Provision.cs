namespace ProvisionMap.Core.Domain;

/// <summary>
/// One row of a provision map: a service a Virtual School provides, or a summary of what several respondents provide.
/// </summary>
public class Provision
{
    /// <summary>
    /// Kept when a file is imported again and the row's map, section, service and Virtual School cell are unchanged.
    /// A new row gets the next free number.
    /// </summary>
    public int Id { get; set; }

    public MapKind Map { get; set; }

    public int SectionId { get; set; }

    public Section Section { get; set; } = null!;

    public int? SubsectionId { get; set; }

    public Subsection? Subsection { get; set; }

    /// <summary>Order within its map, as in the imported file.</summary>
    public int Position { get; set; }

    /// <summary>
    /// Place in the order the maps print their rows: by map, section, subsection and position, as one number so that
    /// an index can serve the sorted, paged provision list.
    /// </summary>
    public long SortKey { get; set; }

    /// <summary>Line of the imported file where the row starts.</summary>
    public int SourceLine { get; set; }

    public required string Service { get; set; }

    /// <summary>The Virtual School cell exactly as the map gives it.</summary>
    public required string VirtualSchoolText { get; set; }

    /// <summary>True for a row that reports how many respondents gave something rather than one authority's service.</summary>
    public bool IsSummary { get; set; }

    /// <summary>Respondents the map counts without naming them ("and four not publicly listed").</summary>
    public int UnlistedRespondents { get; set; }

    public string ProvidedFor { get; set; } = "";

    public string LevelOfProvision { get; set; } = "";

    public string ProvidedBy { get; set; } = "";

    public string ProfessionalsInvolved { get; set; } = "";

    /// <summary>The Contact Details cell exactly as the map gives it.</summary>
    public required string ContactText { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public List<ProvisionFocus> Focuses { get; set; } = [];

    public List<ProvisionAuthority> Authorities { get; set; } = [];

    /// <summary>Vocabulary terms of the audience, level and provider columns.</summary>
    public List<ProvisionTerm> Terms { get; set; } = [];

    /// <summary>
    /// Combines map, section, subsection and row positions into a <see cref="SortKey"/>, each in its own decimal
    /// digits, so the order holds for up to 999,999 sections per map, subsections per section and rows per map.
    /// </summary>
    public static long ComputeSortKey(MapKind map, int sectionPosition, int subsectionPosition, int position) =>
        (MapOrder(map) * 1_000_000_000_000_000L) + (sectionPosition * 1_000_000_000_000L) + (subsectionPosition * 1_000_000L) + position;

    /// <summary>Schools first, then looked-after children, then foster carers, as the survey published them.</summary>
    public static long MapOrder(MapKind map) => map switch
    {
        MapKind.Schools => 0,
        MapKind.LookedAfterChildren => 1,
        _ => 2,
    };

    /// <summary>Named authorities plus unnamed respondents.</summary>
    public int RespondentTotal => Authorities.Count + UnlistedRespondents;
}

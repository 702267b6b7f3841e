using CsvHelper.Configuration;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// One row of the section notes file: the narrative a map prints under a heading.
/// </summary>
public sealed class SectionNoteCsvRow
{
    public string Map { get; set; } = "";
    public string Section { get; set; } = "";
    public string Subsection { get; set; } = "";
    public string Note { get; set; } = "";

    public static IReadOnlyList<string> Columns { get; } = ["Map", "Section", "Subsection", "Note"];
}

public sealed class SectionNoteCsvRowMap : ClassMap<SectionNoteCsvRow>
{
    public SectionNoteCsvRowMap()
    {
        Map(row => row.Map).Name("Map");
        Map(row => row.Section).Name("Section");
        Map(row => row.Subsection).Name("Subsection");
        Map(row => row.Note).Name("Note");
    }
}

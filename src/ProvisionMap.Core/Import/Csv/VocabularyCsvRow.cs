using CsvHelper.Configuration;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// One row of the vocabulary file: a term of a facet and the phrases that map to it, separated by "|".
/// </summary>
public sealed class VocabularyCsvRow
{
    public string Facet { get; set; } = "";
    public string Term { get; set; } = "";
    public string Matches { get; set; } = "";

    public static IReadOnlyList<string> Columns { get; } = ["Facet", "Term", "Matches"];
}

public sealed class VocabularyCsvRowMap : ClassMap<VocabularyCsvRow>
{
    public VocabularyCsvRowMap()
    {
        Map(row => row.Facet).Name("Facet");
        Map(row => row.Term).Name("Term");
        Map(row => row.Matches).Name("Matches");
    }
}

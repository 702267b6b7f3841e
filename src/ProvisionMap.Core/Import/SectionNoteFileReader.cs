using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Reads the section notes file: Map, Section, Subsection and Note per row.
/// </summary>
public static class SectionNoteFileReader
{
    public static IReadOnlyList<SectionNote>? Read(string path, ImportReport report)
    {
        var table = CsvTableReader.Read<SectionNoteCsvRow, SectionNoteCsvRowMap>(path, SectionNoteCsvRow.Columns, report);
        if (table is null)
        {
            return null;
        }

        var errorsBefore = report.ErrorCount;
        var notes = new List<SectionNote>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var row = record.Row;
            var map = MapKindInfo.Find(row.Map);
            if (map is null)
            {
                report.Error(table.FileName, record.Line, $"Unknown map. Use one of: {string.Join(", ", MapKindInfo.All.Select(info => info.Name))}.",
                    table.ColumnOf("Map"), "Map", row.Map);
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Section))
            {
                report.Error(table.FileName, record.Line, "The section is empty. Name the section the note belongs to.",
                    table.ColumnOf("Section"), "Section", row.Section);
                continue;
            }

            var key = $"{map.Kind}|{MatchKey.Normalise(row.Section)}|{MatchKey.Normalise(row.Subsection)}";
            if (seen.TryGetValue(key, out var firstLine))
            {
                report.Error(table.FileName, record.Line, $"The heading already has a note at line {firstLine}. Merge the two notes into one row.",
                    table.ColumnOf("Section"), "Section", row.Section);
                continue;
            }

            seen[key] = record.Line;
            var subsection = string.IsNullOrWhiteSpace(row.Subsection) ? null : row.Subsection.Trim();
            notes.Add(new SectionNote(record.Line, map.Kind, row.Section.Trim(), subsection, row.Note.Trim()));
        }

        return report.ErrorCount > errorsBefore ? null : notes;
    }
}

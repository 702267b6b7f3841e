using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Reads a UTF-8 CSV file through a CsvHelper class map, checking the header and the shape of every row.
/// Problems go to the report with their line and column; nothing is thrown for bad input.
/// </summary>
public static class CsvTableReader
{
    public static CsvTable<TRow>? Read<TRow, TMap>(string path, IReadOnlyList<string> expectedColumns, ImportReport report)
        where TMap : ClassMap<TRow>
    {
        var fileName = Path.GetFileName(path);
        var text = CsvFileText.Read(path, report);
        if (text is null)
        {
            return null;
        }

        var badData = new List<(int Line, string Field)>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => PrepareHeader(args.Header),
            BadDataFound = args => badData.Add((args.Context.Parser?.RawRow ?? 0, args.Field)),

            // The header is checked below, so that every missing column is listed at once rather than thrown.
            HeaderValidated = null,
            DetectDelimiter = false,
        };

        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        csv.Context.TypeConverterCache.AddConverter<string>(new FormulaRestoringStringConverter());
        csv.Context.RegisterClassMap<TMap>();

        var columnNumbers = ReadHeader(csv, fileName, expectedColumns, report);
        if (columnNumbers is null)
        {
            return null;
        }

        var records = ReadRecords<TRow>(csv, fileName, csv.HeaderRecord!.Length, report);
        foreach (var (line, field) in badData)
        {
            report.Error(fileName, line, "A quote mark is out of place, so the row cannot be read. " +
                "Put quotes only around a whole cell, and write a quote inside a quoted cell as two quotes (\"\").",
                value: field);
        }

        return new CsvTable<TRow>(fileName, records, columnNumbers);
    }

    private static Dictionary<string, int>? ReadHeader(CsvReader csv, string fileName, IReadOnlyList<string> expectedColumns, ImportReport report)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            report.Error(fileName, 0, $"The file has no header row. The first line must name the columns: {string.Join(", ", expectedColumns)}.");
            return null;
        }

        var header = csv.HeaderRecord;
        var otherSeparator = header.Length == 1 ? OtherSeparatorName(header[0]) : null;
        if (otherSeparator is not null)
        {
            report.Error(fileName, 1, $"The file uses {otherSeparator} between cells. Save it as comma-separated CSV (UTF-8) and import it again.",
                value: header[0]);
            return null;
        }

        var prepared = header.Select(PrepareHeader).ToList();
        var columnNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = true;
        for (var index = 0; index < prepared.Count; index++)
        {
            var expected = expectedColumns.FirstOrDefault(name => PrepareHeader(name) == prepared[index]);
            if (expected is null)
            {
                report.Warning(fileName, 1, "The column is not part of the format and is ignored.", index + 1, header[index], header[index]);
            }
            else if (columnNumbers.ContainsKey(expected))
            {
                report.Error(fileName, 1, $"The column \"{expected}\" appears twice. Remove one of them.", index + 1, header[index], header[index]);
                valid = false;
            }
            else
            {
                columnNumbers[expected] = index + 1;
            }
        }

        foreach (var missing in expectedColumns.Where(name => !columnNumbers.ContainsKey(name)))
        {
            report.Error(fileName, 1, $"The column \"{missing}\" is missing. The header must name these columns: {string.Join(", ", expectedColumns)}.");
            valid = false;
        }

        return valid ? columnNumbers : null;
    }

    private static List<CsvRecord<TRow>> ReadRecords<TRow>(CsvReader csv, string fileName, int headerLength, ImportReport report)
    {
        var records = new List<CsvRecord<TRow>>();
        while (csv.Read())
        {
            var line = StartLine(csv.Parser);
            var fields = csv.Parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                report.Warning(fileName, line, "The row has no values and is skipped.");
                continue;
            }

            if (fields.Length != headerLength)
            {
                report.Error(fileName, line, $"The row has {fields.Length} cells but the header has {headerLength}. " +
                    "Check for a missing or extra comma, or a comma inside a cell that is not quoted.");
                continue;
            }

            records.Add(new CsvRecord<TRow>(line, csv.GetRecord<TRow>()));
        }

        return records;
    }

    private static string? OtherSeparatorName(string onlyHeaderCell) =>
        onlyHeaderCell.Contains('\t') ? "tabs" : onlyHeaderCell.Contains(';') ? "semicolons" : null;

    /// <summary>Finds the line a record starts on, since CsvHelper counts up to the line where it ends.</summary>
    private static int StartLine(IParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(character => character == '\n');
    }

    private static string PrepareHeader(string header) =>
        string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

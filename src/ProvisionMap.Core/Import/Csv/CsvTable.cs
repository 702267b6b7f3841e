namespace ProvisionMap.Core.Import.Csv;

/// <summary>A row read from a CSV file, with the line it starts on.</summary>
public sealed record CsvRecord<TRow>(int Line, TRow Row);

/// <summary>
/// The rows of one CSV file and the column number of each expected header.
/// </summary>
public sealed class CsvTable<TRow>(string fileName, IReadOnlyList<CsvRecord<TRow>> records, IReadOnlyDictionary<string, int> columnNumbers)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<CsvRecord<TRow>> Records { get; } = records;

    /// <summary>1-based column number of an expected header name.</summary>
    public int ColumnOf(string header) => columnNumbers[header];
}

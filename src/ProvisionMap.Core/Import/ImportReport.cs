namespace ProvisionMap.Core.Import;

/// <summary>
/// What an import read, what it would create or created, and every warning and error with its location.
/// </summary>
public sealed class ImportReport
{
    private readonly List<ImportIssue> _issues = [];

    public IReadOnlyList<ImportIssue> Issues => _issues;

    public IEnumerable<ImportIssue> Errors => _issues.Where(issue => issue.Severity == ImportSeverity.Error);

    public IEnumerable<ImportIssue> Warnings => _issues.Where(issue => issue.Severity == ImportSeverity.Warning);

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public int RowsRead { get; set; }

    /// <summary>True when the data was written to the database; false for a dry run or a file with errors.</summary>
    public bool Written { get; set; }

    public bool DryRun { get; set; }

    /// <summary>Rows per section, in map order, as "Map: Section" with the count.</summary>
    public List<(string Map, string Section, int Rows)> RowsPerSection { get; } = [];

    /// <summary>Canonical authority names with every spelling the file used for each.</summary>
    public SortedDictionary<string, SortedSet<string>> Authorities { get; } = new(StringComparer.Ordinal);

    /// <summary>Subsections per section, in map order.</summary>
    public List<(string Map, string Section, IReadOnlyList<string> Subsections)> Sections { get; } = [];

    /// <summary>Distinct values of the free-text columns, by column name.</summary>
    public SortedDictionary<string, SortedSet<string>> DistinctValues { get; } = new(StringComparer.Ordinal);

    public void Add(ImportIssue issue)
    {
        _issues.Add(issue);
        if (issue.Severity == ImportSeverity.Error)
        {
            ErrorCount++;
        }
    }

    public void Error(string file, int line, string message, int? column = null, string? columnName = null, string? value = null) =>
        Add(new ImportIssue(ImportSeverity.Error, file, line, column, columnName, value, message));

    public void Warning(string file, int line, string message, int? column = null, string? columnName = null, string? value = null) =>
        Add(new ImportIssue(ImportSeverity.Warning, file, line, column, columnName, value, message));
}

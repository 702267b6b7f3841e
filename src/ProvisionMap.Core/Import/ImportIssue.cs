namespace ProvisionMap.Core.Import;

public enum ImportSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A problem the import found, located by file, line and column, with the offending value.
/// </summary>
/// <param name="Line">1-based line where the row starts; 0 for a problem with the whole file.</param>
/// <param name="Column">1-based column number, or null when the problem is not in one cell.</param>
public sealed record ImportIssue(
    ImportSeverity Severity,
    string File,
    int Line,
    int? Column,
    string? ColumnName,
    string? Value,
    string Message)
{
    /// <summary>Where the problem is, such as "provision-map.csv line 12, column 5 (Virtual School)".</summary>
    public string Location
    {
        get
        {
            var location = Line > 0 ? $"{File} line {Line}" : File;
            return Column is null ? location : $"{location}, column {Column} ({ColumnName})";
        }
    }

    /// <summary>The message followed by the offending value, shortened to 120 characters.</summary>
    public string Detail => Value is null ? Message : $"{Message} Value: \"{Shorten(Value)}\".";

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Location}: {Detail}";

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";
}

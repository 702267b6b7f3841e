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
    public override string ToString()
    {
        var location = Line > 0 ? $"{File} line {Line}" : File;
        if (Column is not null)
        {
            location += $", column {Column} ({ColumnName})";
        }

        var value = Value is null ? "" : $" Value: \"{Shorten(Value)}\".";
        return $"{Severity.ToString().ToLowerInvariant()}: {location}: {Message}{value}";
    }

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";
}

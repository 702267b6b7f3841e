namespace ProvisionMap.Core.Import;

/// <summary>
/// Formats an <see cref="ImportReport"/> as plain text for the command line.
/// </summary>
public static class ImportReportWriter
{
    public static void Write(ImportReport report, TextWriter writer, bool includeValues)
    {
        writer.WriteLine($"Rows read: {report.RowsRead}");
        WriteRowsPerSection(report, writer);
        WriteAuthorities(report, writer);
        if (includeValues)
        {
            WriteSections(report, writer);
            WriteDistinctValues(report, writer);
        }

        WriteIssues("Warnings", report.Warnings.ToList(), writer);
        WriteIssues("Errors", report.Errors.ToList(), writer);
        writer.WriteLine(Outcome(report));
    }

    public static string Outcome(ImportReport report) => report switch
    {
        { HasErrors: true } => $"Rejected: {report.ErrorCount} error(s). Nothing was written; the database is unchanged.",
        { DryRun: true } => "Dry run: the file is valid. Nothing was written.",
        { Written: true } => "Imported: the maps in this file were replaced; any other maps in the database were kept.",
        _ => "Nothing was written.",
    };

    private static void WriteRowsPerSection(ImportReport report, TextWriter writer)
    {
        if (report.RowsPerSection.Count == 0)
        {
            return;
        }

        writer.WriteLine(report.Written ? "Rows imported per section:" : "Rows per section:");
        foreach (var (map, section, rows) in report.RowsPerSection)
        {
            writer.WriteLine($"  {map}: {section}: {rows}");
        }
    }

    private static void WriteAuthorities(ImportReport report, TextWriter writer)
    {
        if (report.Authorities.Count == 0)
        {
            return;
        }

        writer.WriteLine($"Authorities found: {report.Authorities.Count}");
        foreach (var (name, spellings) in report.Authorities)
        {
            var others = spellings.Where(spelling => spelling != name).Select(spelling => $"\"{spelling}\"").ToList();
            writer.WriteLine(others.Count == 0 ? $"  {name}" : $"  {name} (written as {string.Join(", ", others)})");
        }
    }

    private static void WriteSections(ImportReport report, TextWriter writer)
    {
        writer.WriteLine("Sections and subsections:");
        foreach (var (map, section, subsections) in report.Sections)
        {
            writer.WriteLine($"  {map}: {section}");
            foreach (var subsection in subsections)
            {
                writer.WriteLine($"    - {subsection}");
            }
        }
    }

    private static void WriteDistinctValues(ImportReport report, TextWriter writer)
    {
        foreach (var (column, values) in report.DistinctValues)
        {
            writer.WriteLine($"Distinct values of {column}: {values.Count}");
            foreach (var value in values)
            {
                writer.WriteLine($"  {(value.Length == 0 ? "(empty)" : value)}");
            }
        }
    }

    private static void WriteIssues(string heading, IReadOnlyList<ImportIssue> issues, TextWriter writer)
    {
        writer.WriteLine($"{heading}: {issues.Count}");
        foreach (var issue in issues)
        {
            writer.WriteLine($"  {issue}");
        }
    }
}

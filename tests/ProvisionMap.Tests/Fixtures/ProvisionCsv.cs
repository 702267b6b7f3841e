namespace ProvisionMap.Tests.Fixtures;

/// <summary>
/// Builder of small provision-map CSV files for the import tests. Every row starts as a valid provision of Enfield's
/// in the Direct support to schools section, and a test changes only the cells it is about.
/// </summary>
public static class ProvisionCsv
{
    /// <summary>The header of the format, written out as data/README.md gives it.</summary>
    public const string Header =
        "Map,Section,Subsection,Service,Virtual School,Educational Attainment,Transition,Behaviour,Mental Health,Attachment," +
        "Social and Emotional Understanding,Peer Relationships,Family Relationships,Placement Stability,Other," +
        "Provided For,Level of Provision,Provided By,Professionals Involved,Contact Details";

    public static IReadOnlyList<string> Columns { get; } = Header.Split(',');

    private static readonly IReadOnlyDictionary<string, string> DefaultRow = new Dictionary<string, string>
    {
        ["Map"] = "Schools",
        ["Section"] = "Direct support to schools",
        ["Subsection"] = "Casework/Support",
        ["Service"] = "Casework with schools to prevent exclusion",
        ["Virtual School"] = "Enfield",
        ["Educational Attainment"] = "x",
        ["Behaviour"] = "x",
        ["Provided For"] = "Designated teachers",
        ["Level of Provision"] = "Individuals",
        ["Provided By"] = "VS directly",
        ["Professionals Involved"] = "EPs",
        ["Contact Details"] = "jon.harris@enfield.gov.uk",
    };

    /// <summary>Returns the cells of a row in header order: the default row with the given cells replaced.</summary>
    public static string[] Cells(params (string Column, string Value)[] changes)
    {
        var unknown = changes.Select(change => change.Column).Where(column => !Columns.Contains(column)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Not a column of the format: {string.Join(", ", unknown)}.", nameof(changes));
        }

        return Columns
            .Select(column => changes.LastOrDefault(change => change.Column == column).Value ?? DefaultRow.GetValueOrDefault(column, ""))
            .ToArray();
    }

    /// <summary>Returns one CSV line for the default row with the given cells replaced.</summary>
    public static string Row(params (string Column, string Value)[] changes) => Line(Cells(changes));

    /// <summary>Joins cells into one CSV line, quoting each cell that contains a comma, quote, semicolon or line break.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote));

    /// <summary>Returns the text of a file: the lines joined by LF, with a final LF.</summary>
    public static string File(params string[] lines) => string.Join('\n', lines) + "\n";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', ';', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

namespace ProvisionMap.Core.Domain;

/// <summary>
/// A successful import of one provision-map file, kept so pages can show how old the data is.
/// </summary>
public class ImportRun
{
    public int Id { get; set; }

    /// <summary>When the import finished, in UTC.</summary>
    public DateTime ImportedAtUtc { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the provision-map file, in lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public int RowCount { get; set; }

    public int WarningCount { get; set; }
}

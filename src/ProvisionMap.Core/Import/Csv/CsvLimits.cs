namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Limits on the CSV files an import reads. Both are far above what the provision maps need: the Schools map file is
/// 19 KB, and its longest cell has 694 characters.
/// </summary>
public static class CsvLimits
{
    /// <summary>Largest file read, 50 MiB, checked before the file is loaded into memory.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Longest cell, in characters. This is the most characters an Excel cell can contain, so Excel never writes a longer one.</summary>
    public const int MaxCellCharacters = 32_767;
}

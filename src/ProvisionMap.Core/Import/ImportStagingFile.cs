namespace ProvisionMap.Core.Import;

/// <summary>
/// Names of the staging files an import writes beside the live database: <c>{database}.import-{process id}.tmp</c>.
/// </summary>
public static class ImportStagingFile
{
    public const string Marker = ".import-";

    public const string Extension = ".tmp";

    public static string PathFor(string livePath, int processId) => $"{Path.GetFullPath(livePath)}{Marker}{processId}{Extension}";

    /// <summary>Returns the process id in a staging file's name, or null when the name is not a staging file's.</summary>
    public static int? ProcessIdOf(string livePath, string stagingPath)
    {
        var prefix = Path.GetFileName(livePath) + Marker;
        var name = Path.GetFileName(stagingPath);
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(name[prefix.Length..^Extension.Length], out var processId) ? processId : null;
    }
}

namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// Folder for screenshots and other files the browser tests leave behind: <c>artifacts/browser-tests</c> at the
/// repository root (git-ignored), or the folder named by the environment variable <c>PROVISIONMAP_ARTIFACTS</c>.
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = FindFolder();

    /// <summary>Returns the path of a file in a subfolder of <see cref="Folder"/>, creating the subfolder.</summary>
    public static string PathFor(string subfolder, string fileName)
    {
        var folder = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    private static string FindFolder()
    {
        if (Environment.GetEnvironmentVariable("PROVISIONMAP_ARTIFACTS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        // The tests run from tests/ProvisionMap.BrowserTests/bin/<configuration>/net10.0, so the repository root is
        // the nearest folder above that contains ProvisionMap.sln.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ProvisionMap.sln")))
            {
                return Path.Combine(folder.FullName, "artifacts", "browser-tests");
            }
        }

        return Path.Combine(Path.GetTempPath(), "provisionmap-browser-tests");
    }
}

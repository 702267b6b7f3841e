using System.Diagnostics;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// Runs the site's "import" command as a separate process, from the ProvisionMap.Web build of the same configuration
/// as the tests, against a given database file.
/// </summary>
public static class ImportProcess
{
    /// <summary>
    /// Starts the import. With <paramref name="fileSizeLimitKiB"/>, the process runs under <c>ulimit -f</c> with SIGXFSZ
    /// ignored, so a write past that size fails as it would on a full disk (Linux and macOS only).
    /// </summary>
    public static Process Start(string databasePath, string provisionMapPath, int? fileSizeLimitKiB = null)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var webFolder = Path.Combine(ImportTestDatabase.RepositoryRoot, "src", "ProvisionMap.Web");
        var assembly = Path.Combine(webFolder, "bin", configuration, "net10.0", "ProvisionMap.Web.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{assembly} was not found. Build ProvisionMap.Web in {configuration} first.", assembly);
        }

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(fileSizeLimitKiB is null ? dotnet : "/bin/bash")
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fileSizeLimitKiB is not null)
        {
            // An ignored signal stays ignored across exec, so the write returns EFBIG instead of killing the process.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"trap '' XFSZ; ulimit -f {fileSizeLimitKiB}; exec \"$0\" \"$@\"");
            start.ArgumentList.Add(dotnet);

            // The runtime's W^X scheme maps executable memory through a memory file, which the limit would also cap.
            start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(provisionMapPath);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__ProvisionMap"] = $"Data Source={databasePath}";
        start.Environment["DataFiles__LocalAuthorities"] = ImportTestDatabase.RealAuthoritiesPath;
        return Process.Start(start) ?? throw new InvalidOperationException($"The import process could not be started: {start.FileName}.");
    }
}

using System.Diagnostics;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// Runs the site's "import" command as a separate process, from the ProvisionMap.Web build of the same configuration
/// as the tests, against a given database file.
/// </summary>
public static class ImportProcess
{
    public static Process Start(string databasePath, string provisionMapPath)
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

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(provisionMapPath);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__ProvisionMap"] = $"Data Source={databasePath}";
        start.Environment["DataFiles__LocalAuthorities"] = ImportTestDatabase.RealAuthoritiesPath;
        return Process.Start(start) ?? throw new InvalidOperationException($"The import process could not be started: {start.FileName}.");
    }
}

using Microsoft.Extensions.Options;
using ProvisionMap.Core.Import;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// The "import" command: <c>import PATH [--sections PATH] [--vocabulary PATH] [--dry-run]</c>.
/// Paths are relative to the current directory; without --vocabulary the configured vocabulary file is used.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public const string Usage = "Usage: dotnet run --project src/ProvisionMap.Web -- import PATH [--sections PATH] [--vocabulary PATH] [--dry-run]";

    /// <summary>Runs the command and returns the process exit code: 0 on success, 1 when the file has errors, 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output)
    {
        var request = Parse(arguments, services, output);
        if (request is null)
        {
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ProvisionMapImporter>();
        var report = await importer.ImportAsync(request);
        ImportReportWriter.Write(report, output, includeValues: request.DryRun);
        return report.HasErrors ? 1 : 0;
    }

    private static ImportRequest? Parse(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output)
    {
        string? path = null;
        string? sections = null;
        string? vocabulary = null;
        var dryRun = false;
        for (var index = 0; index < arguments.Count; index++)
        {
            switch (arguments[index])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--sections" when index + 1 < arguments.Count:
                    sections = arguments[++index];
                    break;
                case "--vocabulary" when index + 1 < arguments.Count:
                    vocabulary = arguments[++index];
                    break;
                case var argument when !argument.StartsWith("--", StringComparison.Ordinal) && path is null:
                    path = argument;
                    break;
                default:
                    output.WriteLine($"Unknown or incomplete argument \"{arguments[index]}\".");
                    output.WriteLine(Usage);
                    return null;
            }
        }

        if (path is null)
        {
            output.WriteLine("The path of the provision-map CSV file is missing.");
            output.WriteLine(Usage);
            return null;
        }

        var options = services.GetRequiredService<IOptions<DataFileOptions>>().Value;
        var contentRoot = services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        return new ImportRequest(
            FromInvocationDirectory(path),
            ContentPaths.Resolve(contentRoot, options.LocalAuthorities),
            sections is null ? null : FromInvocationDirectory(sections),
            dryRun,
            vocabulary is null ? ContentPaths.Resolve(contentRoot, options.Vocabulary) : FromInvocationDirectory(vocabulary));
    }

    /// <summary>
    /// Resolves a relative path against the directory the command was typed in. "dotnet run" starts the app in the
    /// project directory, so the shell's PWD is tried when the path does not exist relative to the process.
    /// </summary>
    private static string FromInvocationDirectory(string path)
    {
        var fromProcess = Path.GetFullPath(path);
        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        if (File.Exists(fromProcess) || Path.IsPathRooted(path) || string.IsNullOrEmpty(shellDirectory))
        {
            return fromProcess;
        }

        // NOTE: PWD is set by POSIX shells; on Windows a relative path is read from the project directory only.
        return Path.GetFullPath(Path.Combine(shellDirectory, path));
    }
}

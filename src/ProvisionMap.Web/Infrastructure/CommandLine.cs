namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Tells which command the arguments ask for. Arguments that start with "-" are host settings such as --urls,
/// so with none of them before a command word the site is served.
/// </summary>
public static class CommandLine
{
    public enum Kind
    {
        Serve,
        Import,
        Help,
        Unknown,
    }

    public const string Help = """
        Usage:
          dotnet run --project src/ProvisionMap.Web [-- --urls URL]
              Serves the site, importing the provision map on first start.
          dotnet run --project src/ProvisionMap.Web -- import PATH [--sections PATH] [--vocabulary PATH] [--dry-run]
              Imports a provision-map CSV file; --dry-run validates it and writes nothing.
              --vocabulary sets the audience, level and provider terms file (default: data/vocabulary.csv).
          dotnet run --project src/ProvisionMap.Web -- help
              Prints this help.
        """;

    public static Kind Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0 || arguments[0].StartsWith('-'))
        {
            return arguments.Count > 0 && arguments[0] is "--help" or "-h" ? Kind.Help : Kind.Serve;
        }

        return arguments[0] switch
        {
            ImportCommand.Name => arguments.Skip(1).Any(argument => argument is "--help" or "-h") ? Kind.Help : Kind.Import,
            "help" => Kind.Help,
            _ => Kind.Unknown,
        };
    }
}

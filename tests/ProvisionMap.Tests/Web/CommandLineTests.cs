using ProvisionMap.Web.Infrastructure;

namespace ProvisionMap.Tests.Web;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], CommandLine.Kind.Serve)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, CommandLine.Kind.Serve)]
    [InlineData(new[] { "import", "data/provision-map.csv" }, CommandLine.Kind.Import)]
    [InlineData(new[] { "import", "--help" }, CommandLine.Kind.Help)]
    [InlineData(new[] { "help" }, CommandLine.Kind.Help)]
    [InlineData(new[] { "--help" }, CommandLine.Kind.Help)]
    [InlineData(new[] { "imprt", "data/provision-map.csv" }, CommandLine.Kind.Unknown)]
    public void Parse_ChoosesCommand(string[] arguments, CommandLine.Kind expected)
    {
        Assert.Equal(expected, CommandLine.Parse(arguments));
    }
}

using System.Net;
using ProvisionMap.Tests.Support;
using ProvisionMap.Web.Infrastructure;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Imports files with script and HTML in every text column into a served site and checks that the pages show the
/// markup as text: no script or bold element comes from the data.
/// </summary>
public sealed class MarkupDisplayTests : IDisposable
{
    private const string Markup = "<script>alert(\"pm\")</script><b onmouseover=\"alert(1)\">x</b>";

    private readonly ProvisionMapFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/provision")]
    [InlineData("/virtual-schools/enfield")]
    [InlineData("/focus/behaviour")]
    public async Task MarkupInCells_IsShownAsText(string url)
    {
        await ImportFixtureAsync("markup.csv");

        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);
        var row = Assert.Single(page.ProvisionRows);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Document.QuerySelectorAll("main script:not([src]), main b, [onmouseover]"));
        Assert.Contains($"Service {Markup}", HtmlPage.TextOf(row));
        Assert.Contains($"Teachers {Markup}", HtmlPage.TextOf(row));
        Assert.Contains($"EPs {Markup}", HtmlPage.TextOf(row));
    }

    [Fact]
    public async Task MarkupInSection_IsShownAsText()
    {
        await ImportFixtureAsync("markup-section.csv");

        var client = _factory.CreateClient();
        var home = await HtmlPage.GetAsync(client, "/");
        var provision = await HtmlPage.GetAsync(client, "/provision");

        Assert.Empty(home.Document.QuerySelectorAll("script:not([src])"));
        Assert.Empty(provision.Document.QuerySelectorAll("script:not([src])"));
        Assert.Contains("Section <script>alert(\"pm\")</script>", home.MainText);
        Assert.Contains("Section <script>alert(\"pm\")</script>", provision.MainText);
    }

    private async Task ImportFixtureAsync(string fixture)
    {
        _ = _factory.Server;
        var path = Path.Combine(ImportTestDatabase.RepositoryRoot, "tests", "ProvisionMap.Tests", "Fixtures", "Hostile", fixture);
        using var output = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(_factory.Services, [path], output);
        Assert.True(exitCode == 0, output.ToString());
    }
}

using Microsoft.Extensions.DependencyInjection;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests that pages computed from the data and kept in memory are computed again after an import.
/// </summary>
public sealed class DataCacheTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("provisionmap-cache-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("/provision?q=tuition", "Showing 1 of 49 provisions.")]
    [InlineData("/coverage", "Derby")]
    [InlineData("/contacts", "virtual.school@derby.gov.uk")]
    [InlineData("/", "49 provisions")]
    public async Task Import_RefreshesCachedPage(string url, string expected)
    {
        var client = _factory.CreateClient();
        var before = await HtmlPage.GetAsync(client, url);
        Assert.DoesNotContain(expected, before.MainText);

        await ImportTuitionRowAsync();

        var after = await HtmlPage.GetAsync(client, url);
        Assert.Contains(expected, after.MainText);
    }

    private async Task ImportTuitionRowAsync()
    {
        var path = Path.Combine(_folder, "looked-after-children.csv");
        await File.WriteAllTextAsync(path, ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Map", "Looked-after children"), ("Section", "Tuition"), ("Service", "One-to-one tuition in English and maths"),
                ("Virtual School", "Derby"), ("Provided For", "Children"), ("Contact Details", "virtual.school@derby.gov.uk"))));
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ProvisionMapImporter>();
        var report = await importer.ImportAsync(new ImportRequest(path, ImportTestDatabase.RealAuthoritiesPath,
            VocabularyPath: ImportTestDatabase.RealVocabularyPath));
        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
    }
}

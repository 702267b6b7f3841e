using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Cells;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Export;

[Collection(SiteCollection.Name)]
public sealed class CsvExportTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task RealMap_ExportThenImportGivesSameDatabase()
    {
        var csv = await factory.CreateClient().GetByteArrayAsync("/provision.csv");
        using var original = new ImportTestDatabase();
        await original.ImportRealMapAsync();
        using var copy = new ImportTestDatabase();

        var report = await copy.ImportAsync(copy.WriteFile("provision-export.csv", csv));

        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(await original.DumpAsync("ImportRuns"), await copy.DumpAsync("ImportRuns"));
    }

    [Fact]
    public async Task Csv_IsUtf8WithBomAndCrlf()
    {
        using var response = await factory.CreateClient().GetAsync("/provision.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("provision.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(string.Join(',', ProvisionColumns.All), text[..text.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(49, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task MentalHealthView_ReadsBackWithoutLoss()
    {
        using var response = await factory.CreateClient().GetAsync("/provision.csv?focus=mental-health");
        var exported = ReadRows(await response.Content.ReadAsStreamAsync());
        await using var file = File.OpenRead(ImportTestDatabase.RealProvisionMapPath);
        var expected = ReadRows(file).Where(row => FocusCell.Parse(row.MentalHealth, allowsText: false)!.IsSet).ToList();

        Assert.Equal("provision-mental-health.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(24, exported.Count);
        Assert.Equal(expected.Count, exported.Count);
        for (var index = 0; index < expected.Count; index++)
        {
            AssertSameRow(expected[index], exported[index]);
        }
    }

    [Fact]
    public async Task FilteredCsv_HoldsEveryMatchingRow()
    {
        var client = factory.CreateClient();

        var norfolk = ReadRows(await client.GetStreamAsync("/provision.csv?vs=norfolk"));
        var searched = ReadRows(await client.GetStreamAsync("/provision.csv?q=training&focus=attachment"));
        var audience = ReadRows(await client.GetStreamAsync("/provision.csv?audience=governors&page=2"));

        Assert.Equal(6, norfolk.Count);
        Assert.All(norfolk, row => Assert.Contains("Norfolk", row.VirtualSchool));
        var audienceMatches = JsonDocument.Parse(await client.GetStringAsync("/api/provision?audience=governors")).RootElement;
        Assert.NotEmpty(audience);
        Assert.Equal(audienceMatches.GetProperty("totalItems").GetInt32(), audience.Count);
        Assert.NotEmpty(searched);
        // Summary rows give counts rather than ticks, so every row only needs a value in the column.
        Assert.All(searched, row => Assert.NotEqual("", row.Attachment));
    }

    [Theory]
    [InlineData("/provision.csv?focus=wellbeing", "focus")]
    [InlineData("/provision.csv?vs=atlantis", "vs")]
    [InlineData("/provision.json?map=adults", "map")]
    [InlineData("/provision.csv?level=everything", "level")]
    public async Task Export_BadFilterIs400NamingIt(string url, string parameter)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\":[", body);
    }

    private static List<ProvisionCsvRow> ReadRows(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Context.RegisterClassMap<ProvisionCsvRowMap>();
        return csv.GetRecords<ProvisionCsvRow>().ToList();
    }

    /// <summary>Compares text cells exactly and focus cells by meaning, since "2(text)" and "2 (text)" read the same.</summary>
    private static void AssertSameRow(ProvisionCsvRow expected, ProvisionCsvRow actual)
    {
        Assert.Equal(expected.Map, actual.Map);
        Assert.Equal(expected.Section, actual.Section);
        Assert.Equal(expected.Subsection, actual.Subsection);
        Assert.Equal(expected.Service, actual.Service);
        Assert.Equal(expected.VirtualSchool, actual.VirtualSchool);
        Assert.Equal(expected.ProvidedFor, actual.ProvidedFor);
        Assert.Equal(expected.LevelOfProvision, actual.LevelOfProvision);
        Assert.Equal(expected.ProvidedBy, actual.ProvidedBy);
        Assert.Equal(expected.ProfessionalsInvolved, actual.ProfessionalsInvolved);
        Assert.Equal(expected.ContactDetails, actual.ContactDetails);
        foreach (var info in FocusAreaInfo.All)
        {
            var allowsText = info.Area == FocusArea.Other;
            Assert.Equal(FocusCell.Parse(FocusText(expected, info.Area), allowsText), FocusCell.Parse(FocusText(actual, info.Area), allowsText));
        }
    }

    private static string FocusText(ProvisionCsvRow row, FocusArea area) => area switch
    {
        FocusArea.EducationalAttainment => row.EducationalAttainment,
        FocusArea.Transition => row.Transition,
        FocusArea.Behaviour => row.Behaviour,
        FocusArea.MentalHealth => row.MentalHealth,
        FocusArea.Attachment => row.Attachment,
        FocusArea.SocialAndEmotionalUnderstanding => row.SocialAndEmotionalUnderstanding,
        FocusArea.PeerRelationships => row.PeerRelationships,
        FocusArea.FamilyRelationships => row.FamilyRelationships,
        FocusArea.PlacementStability => row.PlacementStability,
        _ => row.Other,
    };
}

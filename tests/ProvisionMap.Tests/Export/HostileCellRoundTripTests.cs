using System.Text;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Export;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Export;

public sealed class HostileCellRoundTripTests
{
    private const string Header = "Map,Section,Subsection,Service,Virtual School,Educational Attainment,Transition,Behaviour,Mental Health," +
        "Attachment,Social and Emotional Understanding,Peer Relationships,Family Relationships,Placement Stability,Other," +
        "Provided For,Level of Provision,Provided By,Professionals Involved,Contact Details";

    // Cells a spreadsheet would run as formulas, plain values that look close to them, a quoted line break and
    // characters that Excel shows wrongly without a byte order mark.
    private static readonly string HostileFile = string.Join('\n',
        Header,
        "Schools,=Section injected,,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\",Norfolk,x,,,,,,,,,=1+1," +
            "+44 1234 567890,-,\"@SUM(1,2)\",-2+3,Jo Bloggs jo.bloggs@norfolk.gov.uk",
        "Schools,Direct support,Casework,\"Line one\nLine two: £300 a term, café and ’quotes’\",Enfield,,x,,,,,,,,," +
            "-5,'=already quoted,'plain apostrophe,- bullet,jon.harris@enfield.gov.uk",
        "");

    [Fact]
    public async Task HostileCells_SurviveExportAndImport()
    {
        using var original = new ImportTestDatabase();
        var firstReport = await original.ImportAsync(original.WriteFile("hostile.csv", HostileFile));
        Assert.Equal(0, firstReport.ErrorCount);
        var exported = await ExportAsync(original);
        using var copy = new ImportTestDatabase();

        var secondReport = await copy.ImportAsync(copy.WriteFile("exported.csv", exported));

        Assert.Equal(0, secondReport.ErrorCount);
        Assert.Equal(await original.DumpAsync("ImportRuns"), await copy.DumpAsync("ImportRuns"));
    }

    [Fact]
    public async Task HostileCells_AreNeutralisedInFile()
    {
        using var database = new ImportTestDatabase();
        await database.ImportAsync(database.WriteFile("hostile.csv", HostileFile));

        var text = Encoding.UTF8.GetString(await ExportAsync(database));

        Assert.StartsWith("\uFEFF" + string.Join(',', ProvisionColumns.All) + "\r\n", text);
        Assert.Contains("Schools,'=Section injected,,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\",Norfolk,x,", text);
        // A phone number with spaces is not a plain number, and a spreadsheet would read its "+" as a formula.
        Assert.Contains(",'=1+1,'+44 1234 567890,-,\"'@SUM(1,2)\",'-2+3,Jo Bloggs jo.bloggs@norfolk.gov.uk\r\n", text);
        Assert.Contains("\"Line one\nLine two: £300 a term, café and ’quotes’\"", text);
        // The import read "'=already quoted" as the neutralised "=already quoted", so the export neutralises it again.
        Assert.Contains(",-5,'=already quoted,'plain apostrophe,'- bullet,jon.harris@enfield.gov.uk\r\n", text);
    }

    private static async Task<byte[]> ExportAsync(ImportTestDatabase database)
    {
        await using var db = database.CreateContext();
        var provisions = await db.Provisions.AsNoTracking()
            .Include(provision => provision.Section)
            .Include(provision => provision.Subsection)
            .Include(provision => provision.Focuses)
            .OrderBy(provision => provision.Position)
            .ToListAsync();
        using var output = new MemoryStream();
        await ProvisionCsvExporter.WriteAsync(provisions, output, CancellationToken.None);
        return output.ToArray();
    }
}

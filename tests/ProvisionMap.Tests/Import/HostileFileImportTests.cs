using System.Text;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Import;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Imports each file in Fixtures/Hostile, and two generated oversized files, over a database that contains the real map.
/// A file with an error is rejected with the error's location and leaves every table as it was. A file with only
/// warnings is imported with its text stored as written.
/// </summary>
public sealed class HostileFileImportTests : IDisposable
{
    private readonly ImportTestDatabase _database = new();

    private IReadOnlyList<string> _tablesBefore = [];

    public void Dispose() => _database.Dispose();

    public static TheoryData<string, int, int?, string> RejectedFiles => new()
    {
        { "windows-1252.csv", 3, null, "The file is not UTF-8: 0xE9 at byte 541 is not valid UTF-8 (it looks like Windows-1252 or Latin-1)." },
        { "semicolons.csv", 1, null, "The file uses semicolons between cells. Save it as comma-separated CSV (UTF-8)" },
        { "stray-quote.csv", 3, null, "The quote mark that opens cell 4 is never closed, so the rest of the file would be read as one cell." },
        { "repeated-column.csv", 1, 21, "The column \"Service\" appears twice. Remove one of them." },
        { "extra-cell.csv", 3, null, "The row has 21 cells but the header has 20." },
        { "missing-cell.csv", 3, null, "The row has 19 cells but the header has 20." },
        { "only-commas-no-data.csv", 0, null, "The file has a header but no provision rows. Add at least one row." },
        { "header-only.csv", 0, null, "The file has a header but no provision rows. Add at least one row." },
        { "nul-byte.csv", 2, null, "The file contains a NUL character, so it is probably not a text file." },
        { "bad-focus.csv", 2, 8, "Invalid focus value." },
    };

    [Theory]
    [MemberData(nameof(RejectedFiles))]
    public async Task HostileFile_IsRejectedUnchanged(string fixture, int line, int? column, string message)
    {
        var report = await ImportOverRealMapAsync(File.ReadAllBytes(FixturePath(fixture)), fixture);
        var error = report.Errors.First();

        Assert.False(report.Written);
        Assert.Equal(fixture, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.StartsWith(message, error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task OversizedFile_IsRejectedBeforeReading()
    {
        var path = _database.WriteFile("large.csv", "");
        await using (var stream = File.OpenWrite(path))
        {
            var row = Encoding.UTF8.GetBytes(ProvisionCsv.Row() + "\n");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(ProvisionCsv.Header + "\n"));
            while (stream.Length <= CsvLimits.MaxFileBytes)
            {
                await stream.WriteAsync(row);
            }
        }

        var report = await ImportOverRealMapAsync(path);
        var error = Assert.Single(report.Errors);

        Assert.Equal(0, error.Line);
        Assert.Matches(@"^The file is 50\.0 MiB; the maximum is 50 MiB\. Check that it is the right file, or split it", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task OneMebibyteCell_IsRejected()
    {
        var longService = new string('a', 1024 * 1024);
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(), ProvisionCsv.Row(("Service", longService)));

        var report = await ImportOverRealMapAsync(Encoding.UTF8.GetBytes(text), "long-cell.csv");
        var error = Assert.Single(report.Errors);

        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Equal("Service", error.ColumnName);
        Assert.Equal("The cell has 1,048,576 characters; the maximum is 32,767. Shorten it, or check for a quote mark that runs several cells together.",
            error.Message);
        Assert.True(error.Detail.Length < 400, "The error repeats the whole cell instead of shortening it.");
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task OnlyCommaRows_AreSkippedWithWarning()
    {
        var report = await ImportFixtureAsync("only-commas.csv");

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal([2, 4], report.Warnings.Where(warning => warning.File == "only-commas.csv").Select(warning => warning.Line));
        Assert.All(report.Warnings.Where(warning => warning.File == "only-commas.csv"),
            warning => Assert.Equal("The row has no values and is skipped.", warning.Message));
        Assert.Equal(1, await _database.CountRowsAsync("Provisions"));
    }

    [Fact]
    public async Task HeaderLineBreak_IsReadWithWarning()
    {
        var report = await ImportFixtureAsync("header-line-break.csv");
        var warning = Assert.Single(report.Warnings, warning => warning.File == "header-line-break.csv");
        await using var db = _database.CreateContext();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(1, warning.Line);
        Assert.Equal(16, warning.Column);
        Assert.Equal("The header cell contains a line break; it is read as \"Provided For\". Remove the line break.", warning.Message);
        Assert.Equal("Designated teachers", (await db.Provisions.SingleAsync()).ProvidedFor);
    }

    [Fact]
    public async Task Markup_IsStoredAsText()
    {
        const string markup = "<script>alert(\"pm\")</script><b onmouseover=\"alert(1)\">x</b>";

        var report = await ImportFixtureAsync("markup.csv");
        await using var db = _database.CreateContext();
        var provision = await db.Provisions.Include(row => row.Subsection).SingleAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal($"Sub {markup}", provision.Subsection!.Name);
        Assert.Equal($"Service {markup}", provision.Service);
        Assert.Equal($"Teachers {markup}", provision.ProvidedFor);
        Assert.Equal($"Level {markup}", provision.LevelOfProvision);
        Assert.Equal($"VS {markup}", provision.ProvidedBy);
        Assert.Equal($"EPs {markup}", provision.ProfessionalsInvolved);
        Assert.Equal("jon.harris@enfield.gov.uk", provision.ContactEmail);
        Assert.Contains(report.Warnings, warning => warning.Message.StartsWith("Markup removed from the contact details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormulaCells_AreStoredWithWarning()
    {
        var report = await ImportFixtureAsync("formula.csv");
        var warnings = report.Warnings.Where(warning => warning.File == "formula.csv" && warning.Message.Contains("formula", StringComparison.Ordinal)).ToList();
        await using var db = _database.CreateContext();
        var services = await db.Provisions.OrderBy(row => row.Position).Select(row => row.Service).ToListAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal([(2, 4), (3, 4), (3, 18), (4, 4)], warnings.Select(warning => (warning.Line, warning.Column ?? 0)));
        Assert.All(warnings, warning => Assert.EndsWith("so a spreadsheet would run it as a formula. It is stored and shown as text.", warning.Message));
        Assert.Equal(["=HYPERLINK(\"http://example.invalid\",\"Click\")", "+44 20 7946 0000 helpline", "-2+3 sessions"], services);
    }

    [Fact]
    public async Task AngleBracketEmails_AreReadWithWarning()
    {
        var report = await ImportFixtureAsync("email-display-name.csv");
        var warnings = report.Warnings.Where(warning => warning.File == "email-display-name.csv").ToList();
        await using var db = _database.CreateContext();
        var contacts = await db.Provisions.OrderBy(row => row.Position).Select(row => new { row.ContactName, row.ContactEmail }).ToListAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal([2, 3, 4], warnings.Select(warning => warning.Line));
        Assert.Equal("The email address is in angle brackets; it is read as jon.harris@enfield.gov.uk, for Jon Harris.", warnings[0].Message);
        Assert.All(contacts, contact => Assert.Equal("jon.harris@enfield.gov.uk", contact.ContactEmail));
        Assert.Equal(["Jon Harris", null, "Harris, Jon"], contacts.Select(contact => contact.ContactName));
    }

    private static string FixturePath(string fixture) =>
        Path.Combine(ImportTestDatabase.RepositoryRoot, "tests", "ProvisionMap.Tests", "Fixtures", "Hostile", fixture);

    private Task<ImportReport> ImportFixtureAsync(string fixture) =>
        _database.ImportAsync(_database.WriteFile(fixture, File.ReadAllBytes(FixturePath(fixture))));

    private Task<ImportReport> ImportOverRealMapAsync(byte[] bytes, string fileName) =>
        ImportOverRealMapAsync(_database.WriteFile(fileName, bytes));

    /// <summary>Imports the real map, records every table, then imports the given file.</summary>
    private async Task<ImportReport> ImportOverRealMapAsync(string path)
    {
        var real = await _database.ImportRealMapAsync();
        Assert.False(real.HasErrors, string.Join("\n", real.Errors));
        _tablesBefore = await _database.DumpAsync();

        var report = await _database.ImportAsync(path);
        Assert.True(report.HasErrors);
        Assert.False(report.Written);
        return report;
    }

    private async Task AssertTablesUnchangedAsync() => Assert.Equal(_tablesBefore, await _database.DumpAsync());
}

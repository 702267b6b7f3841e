using System.Text;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that import files which spreadsheet programs and editors write differently from data/provision-map.csv
/// but which are still valid: a byte order mark, CRLF line ends, quoted cells across lines, and headers in another case.
/// </summary>
public sealed class CsvFormatImportTests : IDisposable
{
    private const string FileName = "provision-map.csv";

    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Bom_ImportsLikePlainFile()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(ImportTestDatabase.RealProvisionMapPath)];

        var report = await _database.ImportAsync(_database.WriteFile(FileName, bytes));
        using var plain = new ImportTestDatabase();
        await plain.ImportRealMapAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(48, report.RowsRead);
        Assert.Equal(await plain.DumpAsync("ImportRuns"), await _database.DumpAsync("ImportRuns"));
    }

    [Fact]
    public async Task Bom_ReadsFirstColumn()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row());
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

        var report = await _database.ImportAsync(_database.WriteFile(FileName, bytes));
        await using var db = _database.CreateContext();
        var provision = await db.Provisions.SingleAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.DoesNotContain(report.Warnings, warning => warning.File == FileName);
        Assert.Equal(MapKind.Schools, provision.Map);
    }

    [Fact]
    public async Task Crlf_ImportsLikePlainFile()
    {
        var text = File.ReadAllText(ImportTestDatabase.RealProvisionMapPath).Replace("\n", "\r\n", StringComparison.Ordinal);

        var report = await _database.ImportAsync(_database.WriteFile(FileName, text));
        using var plain = new ImportTestDatabase();
        var plainReport = await plain.ImportRealMapAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(48, report.RowsRead);
        Assert.Equal(plainReport.Warnings, report.Warnings);
        Assert.Equal(await plain.DumpAsync("ImportRuns"), await _database.DumpAsync("ImportRuns"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task QuotedNewline_KeepsLaterLineNumbers(string lineEnd)
    {
        var lines = new[]
        {
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Service", $"Casework with schools, in person{lineEnd}and by phone")),
            ProvisionCsv.Row(("Service", "Termly newsletter"), ("Contact Details", "<u>jon.harris@enfield.gov.uk</u>")),
        };

        var report = await _database.ImportAsync(_database.WriteFile(FileName, string.Join(lineEnd, lines) + lineEnd));
        var warning = Assert.Single(report.Warnings, warning => warning.File == FileName);
        await using var db = _database.CreateContext();
        var sourceLines = await db.Provisions.OrderBy(provision => provision.Position).Select(provision => provision.SourceLine).ToListAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(4, warning.Line);
        Assert.StartsWith("Markup removed", warning.Message);
        Assert.Equal([2, 4], sourceLines);
    }

    [Fact]
    public async Task QuotedNewline_KeepsCellText()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Service", "Casework with schools, in person\nand by phone")));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, text));
        await using var db = _database.CreateContext();
        var provision = await db.Provisions.SingleAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal("Casework with schools, in person\nand by phone", provision.Service);
    }

    [Theory]
    [InlineData("lower case with spaces")]
    [InlineData("upper case")]
    public async Task HeaderCase_ImportsFile(string style)
    {
        var header = style == "upper case"
            ? ProvisionCsv.Header.ToUpperInvariant()
            : string.Join(',', ProvisionCsv.Columns.Select(column => $"  {column.ToLowerInvariant()} "));
        var text = ProvisionCsv.File(
            header,
            ProvisionCsv.Row(("Virtual School", "Haringey"), ("Service", "NQT training"), ("Contact Details", "tracey.hutchings@haringey.gov.uk")));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, text));
        await using var db = _database.CreateContext();
        var provision = await db.Provisions.Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority).SingleAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.DoesNotContain(report.Warnings, warning => warning.File == FileName);
        Assert.Equal("NQT training", provision.Service);
        Assert.Equal("Haringey", Assert.Single(provision.Authorities).LocalAuthority.Name);
        Assert.Equal("tracey.hutchings@haringey.gov.uk", provision.ContactEmail);
        Assert.Equal("Designated teachers", provision.ProvidedFor);
    }

    [Fact]
    public async Task HeaderSpaces_ReportsLaterColumnNumbers()
    {
        var header = string.Join(',', ProvisionCsv.Columns.Select(column => $"  {column.ToLowerInvariant()} "));
        var text = ProvisionCsv.File(header, ProvisionCsv.Row(("Contact Details", "<u>jon.harris@enfield.gov.uk</u>")));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, text));
        var warning = Assert.Single(report.Warnings, warning => warning.File == FileName);

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(2, warning.Line);
        Assert.Equal(20, warning.Column);
        Assert.Equal("Contact Details", warning.ColumnName);
    }

    [Fact]
    public async Task SecondEmail_KeepsFirstWithWarning()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header,
            ProvisionCsv.Row(("Contact Details", "jon.harris@enfield.gov.uk; other.person@enfield.gov.uk")));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, Encoding.UTF8.GetBytes(text)));
        var warning = Assert.Single(report.Warnings, issue => issue.ColumnName == "Contact Details");

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(2, warning.Line);
        Assert.Equal(20, warning.Column);
        Assert.Contains("only the first, jon.harris@enfield.gov.uk, is kept", warning.Message);
    }

    [Fact]
    public async Task CountsOnSingleRow_GiveWarning()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Educational Attainment", ""), ("Behaviour", "2")));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, Encoding.UTF8.GetBytes(text)));
        var warning = Assert.Single(report.Warnings, issue => issue.File == FileName);

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(2, warning.Line);
        Assert.Contains("it is read as a summary row", warning.Message);
    }
}

using System.Text;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that import a broken provision-map file over a database that already contains the real map. Each import must be
/// rejected with an error that locates the problem, and must leave every table exactly as it was.
/// </summary>
public sealed class BadFileImportTests : IDisposable
{
    private const string FileName = "provision-map.csv";

    private readonly ImportTestDatabase _database = new();

    private IReadOnlyList<string> _tablesBefore = [];

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task MissingColumn_RejectsFile()
    {
        var columns = ProvisionCsv.Columns.Where(column => column != "Other");
        var cells = ProvisionCsv.Cells().Where((_, index) => ProvisionCsv.Columns[index] != "Other");

        var report = await ImportOverRealMapAsync(ProvisionCsv.File(string.Join(',', columns), ProvisionCsv.Line(cells)));
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(FileName, error.File);
        Assert.Equal(1, error.Line);
        Assert.Null(error.Column);
        Assert.Null(error.Value);
        Assert.StartsWith("The column \"Other\" is missing.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task BadFocusValue_RejectsFile()
    {
        var text = ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Behaviour", "xx")),
            ProvisionCsv.Row(("Transition", "2x")));

        var report = await ImportOverRealMapAsync(text);
        var errors = report.Errors.ToList();

        Assert.True(report.HasErrors);
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors[0].Line);
        Assert.Equal(8, errors[0].Column);
        Assert.Equal("Behaviour", errors[0].ColumnName);
        Assert.Equal("xx", errors[0].Value);
        Assert.Equal(3, errors[1].Line);
        Assert.Equal(7, errors[1].Column);
        Assert.Equal("Transition", errors[1].ColumnName);
        Assert.Equal("2x", errors[1].Value);
        Assert.All(errors, error => Assert.StartsWith("Invalid focus value.", error.Message));
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task UnknownAuthority_RejectsFile()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(), ProvisionCsv.Row(("Virtual School", "Narnia")));

        var report = await ImportOverRealMapAsync(text);
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(3, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("Virtual School", error.ColumnName);
        Assert.Equal("Narnia", error.Value);
        Assert.StartsWith("Unknown authority.", error.Message);
        Assert.Contains("local-authorities.csv", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task MalformedEmail_RejectsFile()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Contact Details", "jon.harris@@enfield")));

        var report = await ImportOverRealMapAsync(text);
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(2, error.Line);
        Assert.Equal(20, error.Column);
        Assert.Equal("Contact Details", error.ColumnName);
        Assert.Equal("jon.harris@@enfield", error.Value);
        Assert.StartsWith("The email address is not valid.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task EmptyFile_RejectsFile()
    {
        var report = await ImportOverRealMapAsync("");
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(0, error.Line);
        Assert.Null(error.Column);
        Assert.Null(error.Value);
        Assert.StartsWith("The file is empty.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task HeaderOnly_RejectsFile()
    {
        var report = await ImportOverRealMapAsync(ProvisionCsv.File(ProvisionCsv.Header));
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(0, report.RowsRead);
        Assert.Equal(0, error.Line);
        Assert.Null(error.Column);
        Assert.Null(error.Value);
        Assert.Equal("The file has a header but no provision rows. Add at least one row.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task Windows1252File_RejectsFile()
    {
        // Windows-1252 writes "é" as the single byte 0xE9. In UTF-8, 0xE9 starts a three-byte sequence, so before a space it is invalid.
        var text = ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(),
            ProvisionCsv.Row(("Service", "Caf\u00e9 drop-in for designated teachers")),
            ProvisionCsv.Row());
        var bytes = Encoding.Latin1.GetBytes(text);
        var offset = Array.IndexOf(bytes, (byte)0xE9);

        var report = await ImportOverRealMapAsync(bytes);
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(3, error.Line);
        Assert.Null(error.Column);
        Assert.Equal("0xE9", error.Value);
        Assert.Contains($"0xE9 at byte {offset} is not valid UTF-8", error.Message);
        Assert.Contains("Save the file as \"CSV UTF-8\"", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task SemicolonFile_RejectsFile()
    {
        var header = ProvisionCsv.Header.Replace(',', ';');
        var row = string.Join(';', ProvisionCsv.Cells());

        var report = await ImportOverRealMapAsync(ProvisionCsv.File(header, row));
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(1, error.Line);
        Assert.Null(error.Column);
        Assert.Equal(header, error.Value);
        Assert.StartsWith("The file uses semicolons between cells.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task TabSeparatedFile_RejectsFile()
    {
        var header = ProvisionCsv.Header.Replace(',', '\t');
        var row = string.Join('\t', ProvisionCsv.Cells());

        var report = await ImportOverRealMapAsync(ProvisionCsv.File(header, row));
        var error = Assert.Single(report.Errors);

        Assert.Equal(1, error.Line);
        Assert.StartsWith("The file uses tabs between cells.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task Utf16File_RejectsFile()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row())))
            .ToArray();

        var report = await ImportOverRealMapAsync(bytes);
        var error = Assert.Single(report.Errors);

        Assert.Equal(1, error.Line);
        Assert.StartsWith("The file is UTF-16", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task OnlyBadRows_ReportsEachRowOnce()
    {
        var report = await ImportOverRealMapAsync(ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row() + ",extra"));
        var error = Assert.Single(report.Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("The row has 21 cells but the header has 20.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task PartialAuthority_SuggestsName()
    {
        var report = await ImportOverRealMapAsync(ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Virtual School", "Sussex"))));
        var error = Assert.Single(report.Errors);

        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("Sussex", error.Value);
        Assert.StartsWith("Unknown authority. Did you mean East Sussex?", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task RepeatedColumn_RejectsFile()
    {
        var header = ProvisionCsv.Header + ",Service";
        var row = ProvisionCsv.Row() + ",Second service cell";

        var report = await ImportOverRealMapAsync(ProvisionCsv.File(header, row));
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(1, error.Line);
        Assert.Equal(21, error.Column);
        Assert.Equal("Service", error.Value);
        Assert.Equal("The column \"Service\" appears twice. Remove one of them.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task ShortRow_RejectsFile()
    {
        var shortRow = ProvisionCsv.Line(ProvisionCsv.Cells()[..^1]);
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(), shortRow, ProvisionCsv.Row());

        var report = await ImportOverRealMapAsync(text);
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(3, error.Line);
        Assert.Null(error.Column);
        Assert.Null(error.Value);
        Assert.StartsWith("The row has 19 cells but the header has 20.", error.Message);
        await AssertTablesUnchangedAsync();
    }

    [Fact]
    public async Task ErrorAfterQuotedNewline_ReportsFileLine()
    {
        var text = ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Service", "Casework, with schools\nacross two lines")),
            ProvisionCsv.Row(("Virtual School", "Narnia")));

        var report = await ImportOverRealMapAsync(text);
        var error = Assert.Single(report.Errors);

        Assert.True(report.HasErrors);
        Assert.Equal(4, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("Narnia", error.Value);
        await AssertTablesUnchangedAsync();
    }

    private Task<ImportReport> ImportOverRealMapAsync(string text) =>
        ImportOverRealMapAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Imports the real map, records every table, then imports the given bytes as a provision-map file.</summary>
    private async Task<ImportReport> ImportOverRealMapAsync(byte[] bytes)
    {
        var real = await _database.ImportRealMapAsync();
        Assert.False(real.HasErrors, string.Join("\n", real.Errors));
        _tablesBefore = await _database.DumpAsync();
        Assert.Contains(_tablesBefore, row => row.StartsWith("Provisions: ", StringComparison.Ordinal));

        var report = await _database.ImportAsync(_database.WriteFile(FileName, bytes));
        Assert.False(report.Written);
        return report;
    }

    private async Task AssertTablesUnchangedAsync() => Assert.Equal(_tablesBefore, await _database.DumpAsync());
}

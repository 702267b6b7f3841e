using System.Text;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests an import large enough that every table is written in several multi-row statements plus a shorter last
/// one, reading the rows back through EF Core to check each column's stored form.
/// </summary>
public sealed class ManyRowsImportTests : IDisposable
{
    // Not a multiple of any table's rows per statement, so each table ends with a partial statement.
    private const int RowCount = 1009;

    private static readonly string[] Authorities = ["Norfolk", "Enfield", "Croydon", "Leeds", "Cornwall", "York", "Wigan"];

    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ManyRows_AllWritten()
    {
        var report = await _database.ImportAsync(_database.WriteFile("many.csv", ManyRowsFile()));

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        await using var db = _database.CreateContext();
        Assert.Equal(RowCount, await db.Provisions.CountAsync());
        Assert.Equal(Enumerable.Range(0, RowCount).Sum(row => TickedFocuses(row).Count), await db.ProvisionFocuses.CountAsync());
        Assert.Equal(RowCount, await db.ProvisionAuthorities.CountAsync());
        Assert.Equal(RowCount, await _database.CountRowsAsync("ProvisionSearch"));
    }

    [Fact]
    public async Task ManyRows_ColumnsReadBack()
    {
        await _database.ImportAsync(_database.WriteFile("many.csv", ManyRowsFile()));

        await using var db = _database.CreateContext();
        var provisions = await db.Provisions.AsNoTracking()
            .Include(provision => provision.Section)
            .Include(provision => provision.Subsection)
            .Include(provision => provision.Focuses)
            .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority)
            .OrderBy(provision => provision.Position)
            .ToListAsync();

        Assert.Equal(RowCount, provisions.Count);
        foreach (var (provision, row) in provisions.Select((provision, index) => (provision, index)))
        {
            Assert.Equal(row + 1, provision.Position);
            Assert.Equal(row + 2, provision.SourceLine);
            Assert.Equal(MapKind.Schools, provision.Map);
            Assert.Equal(Service(row), provision.Service);
            Assert.Equal(row % 2 == 0 ? "Training" : null, provision.Subsection?.Name);
            Assert.Equal(Authorities[row % Authorities.Length], Assert.Single(provision.Authorities).LocalAuthority.Name);
            Assert.Equal(TickedFocuses(row), provision.Focuses.Select(focus => focus.Area).Order().ToList());
            Assert.All(provision.Focuses, focus => Assert.Null(focus.RespondentCount));
            Assert.Equal($"person{row}@example.gov.uk", provision.ContactEmail);
            Assert.Null(provision.ContactName);
        }
    }

    [Fact]
    public async Task ManyRows_MapStoredByName()
    {
        await _database.ImportAsync(_database.WriteFile("many.csv", ManyRowsFile()));

        await using var db = _database.CreateContext();
        var maps = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT Map AS Value FROM Provisions").ToListAsync();
        Assert.Equal(["Schools"], maps);
    }

    private static string Service(int row) => $"Training on attachment for schools, session {row}";

    /// <summary>Ticks a different set of the first nine focus areas on each row, by the bits of the row number.</summary>
    private static List<FocusArea> TickedFocuses(int row) =>
        Enumerable.Range(0, 9).Where(bit => ((row + 1) & (1 << bit)) != 0).Select(bit => (FocusArea)(bit + 1)).ToList();

    private static string ManyRowsFile()
    {
        var text = new StringBuilder(
            "Map,Section,Subsection,Service,Virtual School,Educational Attainment,Transition,Behaviour,Mental Health,Attachment," +
            "Social and Emotional Understanding,Peer Relationships,Family Relationships,Placement Stability,Other," +
            "Provided For,Level of Provision,Provided By,Professionals Involved,Contact Details\n");
        for (var row = 0; row < RowCount; row++)
        {
            var ticked = TickedFocuses(row);
            var focusCells = Enumerable.Range(1, 9).Select(area => ticked.Contains((FocusArea)area) ? "x" : "");
            var subsection = row % 2 == 0 ? "Training" : "";
            text.Append($"Schools,Direct support to schools,{subsection},\"{Service(row)}\",{Authorities[row % Authorities.Length]},")
                .AppendJoin(',', focusCells)
                .Append($",,Class teachers,Whole school,VS directly,,person{row}@example.gov.uk\n");
        }

        return text.ToString();
    }
}

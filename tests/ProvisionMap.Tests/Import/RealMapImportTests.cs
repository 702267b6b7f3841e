using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that import the real data/provision-map.csv into an empty database and check what the directory then shows.
/// The expected values were read off the CSV file by hand. The last tests import a one-row file with the real
/// sections.csv, to check what happens to the real map and to notes whose headings have no rows. Line numbers are file lines, with the header on line 1.
/// </summary>
public sealed class RealMapImportTests : IDisposable
{
    private const string DirectSupport = "Direct support to schools";
    private const string Attachment = "Support with attachment / early trauma / behaviour";
    private const string DesignatedTeachers = "Designated teacher support";
    private const string Governors = "Governor support";
    private const string Transition = "Transition support";
    private const string OtherProfessionals = "Training to other professionals";
    private const string Peps = "Support with PEPs and Pupil Premium; policy updates and briefings";
    private const string DataMonitoring = "Data monitoring / using data to inform interventions, advice and PEP cycles";

    private const int ContactColumn = 20;
    private const int VirtualSchoolColumn = 5;
    private const int ServiceColumn = 4;

    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RealMap_ImportsAllRows()
    {
        var report = await _database.ImportRealMapAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.True(report.Written);
        Assert.Equal(48, report.RowsRead);
        Assert.Equal(48, await _database.CountRowsAsync("Provisions"));
    }

    [Theory]
    [InlineData(DirectSupport, 13)]
    [InlineData(Attachment, 15)]
    [InlineData(DesignatedTeachers, 5)]
    [InlineData(Governors, 1)]
    [InlineData(Transition, 1)]
    [InlineData(OtherProfessionals, 2)]
    [InlineData(Peps, 10)]
    [InlineData(DataMonitoring, 1)]
    public async Task RealMap_ImportsRowsPerSection(string section, int rows)
    {
        var report = await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var stored = await db.Provisions.CountAsync(provision => provision.Section.Name == section);

        Assert.Equal(rows, stored);
        Assert.Contains(("Schools", section, rows), report.RowsPerSection);
    }

    [Fact]
    public async Task RealMap_KeepsSectionOrder()
    {
        string[] expected = [DirectSupport, Attachment, DesignatedTeachers, Governors, Transition, OtherProfessionals, Peps, DataMonitoring];

        var report = await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var stored = await db.Sections.OrderBy(section => section.Position).Select(section => section.Name).ToListAsync();

        Assert.Equal(expected, stored);
        Assert.Equal(expected, report.RowsPerSection.Select(entry => entry.Section));
    }

    [Fact]
    public async Task RealMap_RecordsImportRun()
    {
        var report = await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var run = await db.ImportRuns.SingleAsync();

        Assert.Equal("provision-map.csv", run.FileName);
        Assert.Equal(48, run.RowCount);
        Assert.Equal(report.Warnings.Count(), run.WarningCount);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ImportTestDatabase.RealProvisionMapPath))), run.Sha256);
    }

    [Fact]
    public async Task RealMap_LoadsAllAuthorities()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var norfolk = await db.LocalAuthorities.SingleAsync(authority => authority.Id == 926);

        Assert.Equal(153, await db.LocalAuthorities.CountAsync());
        Assert.Equal("Norfolk", norfolk.Name);
        Assert.Equal("norfolk", norfolk.Slug);
        Assert.Equal("E10000020", norfolk.OnsCode);
        Assert.Equal("East of England", norfolk.Region);
    }

    [Fact]
    public async Task RealMap_NamesTwentyProvidingAuthorities()
    {
        string[] expected =
        [
            "Bath and North East Somerset", "Bolton", "Bracknell Forest", "Coventry", "Croydon", "Dorset", "East Sussex",
            "Enfield", "Haringey", "Luton", "Norfolk", "Oxfordshire", "Plymouth", "Portsmouth", "Solihull",
            "South Gloucestershire", "Sunderland", "West Sussex", "Wigan", "Worcestershire",
        ];

        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var named = await db.ProvisionAuthorities
            .Where(link => !link.Provision.IsSummary)
            .Select(link => link.LocalAuthority.Name)
            .Distinct()
            .OrderBy(name => name)
            .ToListAsync();

        Assert.Equal(expected, named);
    }

    // One row per authority that has a provision of its own: its only contact email and its number of provisions.
    [Theory]
    [InlineData("Bath and North East Somerset", "michael_gorman@bathnes.gov.uk", 1)]
    [InlineData("Bolton", "bob.horrocks@bolton.gov.uk", 2)]
    [InlineData("Bracknell Forest", "kashif-nawaz@bracknell-forest.gov.uk", 2)]
    [InlineData("Coventry", "jayne.heavey@coventry.gov.uk", 2)]
    [InlineData("Croydon", "sairah.shah@croydon.gov.uk", 3)]
    [InlineData("Dorset", "d.alderson@dorsetcc.gov.uk", 1)]
    [InlineData("East Sussex", "anna.brookes@eastsussex.gov.uk", 5)]
    [InlineData("Enfield", "jon.harris@enfield.gov.uk", 4)]
    [InlineData("Haringey", "tracey.hutchings@haringey.gov.uk", 1)]
    [InlineData("Luton", "rosalind.paul@luton.gov.uk", 2)]
    [InlineData("Norfolk", "tricia.ciappara@norfolk.gov.uk", 5)]
    [InlineData("Oxfordshire", "lucy.mettyear@oxfordshire.gov.uk", 1)]
    [InlineData("Plymouth", "virtualschoolteam@plymouth.gov.uk", 1)]
    [InlineData("Portsmouth", "helen.thomson@portsmouth.gov.uk", 1)]
    [InlineData("Solihull", "kameron@solihull.gov.uk", 1)]
    [InlineData("South Gloucestershire", "jo.hiam@southglos.gov.uk", 2)]
    [InlineData("Sunderland", "dawn.shearsmith@sunderland.gov.uk", 3)]
    [InlineData("West Sussex", "jill.dyson@westsussex.gov.uk", 1)]
    [InlineData("Wigan", "m.amberry@wigan.gov.uk", 3)]
    [InlineData("Worcestershire", "eballard@worcestershire.gov.uk", 2)]
    public async Task RealMap_StoresAuthorityContact(string authority, string email, int provisions)
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var emails = await db.Provisions
            .Where(provision => !provision.IsSummary && provision.Authorities.Any(link => link.LocalAuthority.Name == authority))
            .Select(provision => provision.ContactEmail)
            .ToListAsync();

        Assert.Equal(provisions, emails.Count);
        Assert.Equal([email], emails.Distinct());
    }

    [Fact]
    public async Task RealMap_SplitsPlymouthContactName()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var plymouth = await db.Provisions.SingleAsync(provision => provision.Authorities.Any(link => link.LocalAuthority.Name == "Plymouth") && !provision.IsSummary);

        Assert.Equal("Simon Mower", plymouth.ContactName);
        Assert.Equal("virtualschoolteam@plymouth.gov.uk", plymouth.ContactEmail);
        Assert.Equal("Simon Mower virtualschoolteam@plymouth.gov.uk", plymouth.ContactText);
    }

    [Fact]
    public async Task RealMap_RemovesMarkupFromNorfolkEmail()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var firstRow = await db.Provisions.SingleAsync(provision => provision.SourceLine == 2);

        Assert.Equal("tricia.ciappara@norfolk.gov.uk", firstRow.ContactEmail);
        Assert.Null(firstRow.ContactName);
        Assert.Equal("<u>tricia.ciappara@norfolk.gov.uk</u>", firstRow.ContactText);
    }

    [Fact]
    public async Task RealMap_KeepsPrintedTypos()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var firstRow = await db.Provisions.SingleAsync(provision => provision.SourceLine == 2);

        Assert.Equal("VS dircetly", firstRow.ProvidedBy);
    }

    [Fact]
    public async Task RealMap_MarksFiveSummaryRows()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var summaries = await db.Provisions.Where(provision => provision.IsSummary).OrderBy(provision => provision.Position).ToListAsync();

        Assert.Equal([30, 31, 34, 35, 49], summaries.Select(provision => provision.SourceLine));
        Assert.All(summaries, summary => Assert.Null(summary.ContactEmail));
        Assert.All(summaries, summary => Assert.Equal("see other sections for individual emails", summary.ContactText));
    }

    [Fact]
    public async Task DesignatedTeacherTraining_CountsTwelveRespondents()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Training specifically for DTs");

        Assert.True(row.IsSummary);
        Assert.Equal(
            ["Bath and North East Somerset", "Dorset", "East Sussex", "Enfield", "Plymouth", "Solihull", "West Sussex", "Portsmouth"],
            AuthorityNames(row));
        Assert.Equal(4, row.UnlistedRespondents);
        Assert.Equal(12, row.RespondentTotal);
    }

    [Fact]
    public async Task DesignatedTeacherTraining_StoresFocusCounts()
    {
        var expected = new Dictionary<FocusArea, int?>
        {
            [FocusArea.EducationalAttainment] = 11,
            [FocusArea.Transition] = 8,
            [FocusArea.Behaviour] = 6,
            [FocusArea.MentalHealth] = 6,
            [FocusArea.Attachment] = 10,
            [FocusArea.SocialAndEmotionalUnderstanding] = 10,
            [FocusArea.PeerRelationships] = 5,
            [FocusArea.FamilyRelationships] = 3,
            [FocusArea.PlacementStability] = 4,
        };

        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Training specifically for DTs");

        Assert.Equal(11, CountOf(row, FocusArea.EducationalAttainment));
        Assert.Equal(10, CountOf(row, FocusArea.Attachment));
        Assert.Equal(expected, row.Focuses.ToDictionary(focus => focus.Area, focus => focus.RespondentCount));
    }

    [Fact]
    public async Task ForumsRow_NamesSolihullOnce()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Designated Teacher Forums / Briefings / Network Meetings");

        Assert.Equal(["Haringey", "Bracknell Forest", "Solihull", "Dorset", "Wigan", "Luton", "Croydon"], AuthorityNames(row));
        Assert.Equal(3, row.UnlistedRespondents);
        Assert.Equal(10, row.RespondentTotal);
    }

    [Fact]
    public async Task ForumsRow_StoresOtherCountAndText()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Designated Teacher Forums / Briefings / Network Meetings");
        var other = Assert.Single(row.Focuses, focus => focus.Area == FocusArea.Other);

        Assert.Equal(2, other.RespondentCount);
        Assert.Equal("Local and national updates; insights into SW role and decision making process", other.Description);
    }

    [Fact]
    public async Task ConferencesRow_CountsThreeRespondents()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Conferences for Designated Teachers");

        Assert.Equal(["Haringey", "East Sussex"], AuthorityNames(row));
        Assert.Equal(1, row.UnlistedRespondents);
        Assert.Equal(3, row.RespondentTotal);
    }

    [Fact]
    public async Task GovernorRow_StoresLegalDuties()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Specific training, support or network meetings for school governors");
        var other = Assert.Single(row.Focuses, focus => focus.Area == FocusArea.Other);

        Assert.Equal(1, other.RespondentCount);
        Assert.Equal("Legal duties", other.Description);
    }

    [Fact]
    public async Task GovernorRow_CountsElevenRespondents()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Specific training, support or network meetings for school governors");

        Assert.Equal(
            ["Norfolk", "Haringey", "Solihull", "Croydon", "Dorset", "Bath and North East Somerset", "Coventry", "Plymouth"],
            AuthorityNames(row));
        Assert.Equal(3, row.UnlistedRespondents);
        Assert.Equal(11, row.RespondentTotal);
    }

    [Fact]
    public async Task DataMonitoringRow_NamesCroydonOnce()
    {
        await _database.ImportRealMapAsync();
        var row = await LoadProvisionAsync("Monitoring data on progress, attendance and exclusions");

        Assert.Equal(["Bolton", "Croydon", "East Sussex", "Solihull"], AuthorityNames(row));
        Assert.Equal(2, row.UnlistedRespondents);
        Assert.Equal(6, row.RespondentTotal);
    }

    [Fact]
    public async Task RealMap_WarnsMarkupRemoved()
    {
        var report = await _database.ImportRealMapAsync();
        var warnings = WarningsContaining(report, "Markup removed");
        var norfolk = warnings[0];

        Assert.Equal([2, 20, 26, 45], warnings.Select(warning => warning.Line));
        Assert.Equal(2, norfolk.Line);
        Assert.Equal(ContactColumn, norfolk.Column);
        Assert.Equal("<u>tricia.ciappara@norfolk.gov.uk</u>", norfolk.Value);
        Assert.Contains("\"tricia.ciappara@norfolk.gov.uk\"", norfolk.Message);
    }

    [Fact]
    public async Task RealMap_ReadsSolihullMisspellings()
    {
        var report = await _database.ImportRealMapAsync();
        var warnings = WarningsContaining(report, "Read as Solihull");

        Assert.Equal([31, 31, 35, 49], warnings.Select(warning => warning.Line));
        Assert.Equal(["Solihuli", "Solihuli", "Soihuli", "Solihuli"], warnings.Select(warning => warning.Value));
        Assert.All(warnings, warning => Assert.Equal(VirtualSchoolColumn, warning.Column));
    }

    [Fact]
    public async Task RealMap_RecordsSpellingsPerAuthority()
    {
        var report = await _database.ImportRealMapAsync();

        Assert.Equal(["Soihuli", "Solihuli", "Solihull"], report.Authorities["Solihull"]);
        Assert.Equal(["Bath & North East Somerset", "Bath & North-East Somerset"], report.Authorities["Bath and North East Somerset"]);
        Assert.Equal(["(empty; from bolton.gov.uk)", "Bolton"], report.Authorities["Bolton"]);
    }

    [Fact]
    public async Task RealMap_WarnsAuthorityListedTwice()
    {
        var report = await _database.ImportRealMapAsync();
        var warnings = WarningsContaining(report, "listed more than once");

        Assert.Equal([31, 49], warnings.Select(warning => warning.Line));
        Assert.Equal(["Solihuli", "Croydon"], warnings.Select(warning => warning.Value));
        Assert.StartsWith("Solihull is listed more than once", warnings[0].Message);
        Assert.StartsWith("Croydon is listed more than once", warnings[1].Message);
    }

    [Fact]
    public async Task RealMap_FillsBoltonFromEmailDomain()
    {
        var report = await _database.ImportRealMapAsync();
        var warning = Assert.Single(WarningsContaining(report, "Virtual School is empty"));
        var row = await LoadProvisionAsync(37);

        Assert.Equal(37, warning.Line);
        Assert.Equal(VirtualSchoolColumn, warning.Column);
        Assert.Equal("", warning.Value);
        Assert.Contains("Bolton is taken from the contact email's domain (bolton.gov.uk)", warning.Message);
        Assert.Equal(["Bolton"], AuthorityNames(row));
        Assert.Equal("", row.VirtualSchoolText);
        Assert.False(row.IsSummary);
    }

    [Fact]
    public async Task RealMap_WarnsRepeatedCoventryRow()
    {
        var report = await _database.ImportRealMapAsync();
        var warning = Assert.Single(WarningsContaining(report, "repeats line"));
        await using var db = _database.CreateContext();
        var coventryRows = await db.Provisions
            .Where(provision => provision.Authorities.Any(link => link.LocalAuthority.Name == "Coventry") && !provision.IsSummary)
            .OrderBy(provision => provision.SourceLine)
            .Select(provision => new { provision.SourceLine, Section = provision.Section.Name })
            .ToListAsync();

        Assert.Equal(38, warning.Line);
        Assert.Equal(ServiceColumn, warning.Column);
        Assert.Equal("The row repeats line 8; both are kept.", warning.Message);
        Assert.Equal([8, 38], coventryRows.Select(row => row.SourceLine));
        Assert.Equal([DirectSupport, OtherProfessionals], coventryRows.Select(row => row.Section));
    }

    [Fact]
    public async Task RealMap_RaisesOnlyExpectedWarnings()
    {
        var report = await _database.ImportRealMapAsync();

        // 4 markup, 4 near misses, 2 duplicates, 1 empty Virtual School and 1 repeated row.
        Assert.Equal(12, report.Warnings.Count());
    }

    [Fact]
    public async Task RealMap_ReimportKeepsTables()
    {
        await _database.ImportRealMapAsync();
        var first = await _database.DumpAsync("ImportRuns");
        Assert.Contains(first, row => row.StartsWith("Provisions: ", StringComparison.Ordinal));

        var second = await _database.ImportRealMapAsync();
        var afterSecond = await _database.DumpAsync("ImportRuns");

        Assert.False(second.HasErrors, string.Join("\n", second.Errors));
        Assert.True(second.Written);
        Assert.Equal(first, afterSecond);
        Assert.Equal(2, await _database.CountRowsAsync("ImportRuns"));
    }

    [Fact]
    public async Task RealMap_DryRunWritesNothing()
    {
        var dryRun = await _database.ImportRealMapAsync(dryRun: true);

        Assert.False(dryRun.HasErrors, string.Join("\n", dryRun.Errors));
        Assert.True(dryRun.DryRun);
        Assert.False(dryRun.Written);
        foreach (var table in ImportTestDatabase.AppTables)
        {
            Assert.True(await _database.CountRowsAsync(table) == 0, $"The dry run wrote rows to {table}.");
        }
    }

    [Fact]
    public async Task RealMap_DryRunKeepsExistingTables()
    {
        await _database.ImportRealMapAsync();
        var before = await _database.DumpAsync();

        var dryRun = await _database.ImportRealMapAsync(dryRun: true);

        Assert.False(dryRun.HasErrors, string.Join("\n", dryRun.Errors));
        Assert.False(dryRun.Written);
        Assert.Equal(before, await _database.DumpAsync());
    }

    [Fact]
    public async Task RealMap_DryRunReportsSameRows()
    {
        var dryRun = await _database.ImportRealMapAsync(dryRun: true);
        var real = await _database.ImportRealMapAsync();

        Assert.Equal(48, dryRun.RowsRead);
        Assert.Equal(real.RowsPerSection, dryRun.RowsPerSection);
        Assert.Equal(real.Authorities.Keys, dryRun.Authorities.Keys);
        Assert.Equal(20, dryRun.Authorities.Count);
        Assert.Equal(real.Warnings, dryRun.Warnings);
    }

    [Fact]
    public async Task RealMap_AttachesSubsectionNote()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var training = await db.Subsections.SingleAsync(subsection => subsection.Name == "Designated Teacher Training");
        var conferences = await db.Subsections.SingleAsync(subsection => subsection.Name == "Conferences");

        Assert.StartsWith("Training specifically for DTs was mentioned by twelve respondents", training.Note);
        Assert.Null(conferences.Note);
    }

    [Fact]
    public async Task RealMap_AttachesSectionNotes()
    {
        await _database.ImportRealMapAsync();
        await using var db = _database.CreateContext();
        var notes = await db.Sections.ToDictionaryAsync(section => section.Name, section => section.Note);

        Assert.StartsWith("Many VS expressed the fact that their key focus", notes[DirectSupport]);
        Assert.StartsWith("Eleven respondents provided specific training", notes[Governors]);
        Assert.StartsWith("Seven respondents mentioned that they supported schools", notes[DataMonitoring]);
        Assert.Null(notes[Attachment]);
    }

    [Fact]
    public async Task OneRowFile_ReplacesRealMap()
    {
        await _database.ImportRealMapAsync();
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row());

        var report = await _database.ImportAsync(_database.WriteFile("provision-map.csv", text));
        await using var db = _database.CreateContext();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(1, await db.Provisions.CountAsync());
        Assert.Equal(153, await db.LocalAuthorities.CountAsync());
        Assert.Equal(2, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task OneRowFile_WarnsNotesWithoutRows()
    {
        var text = ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row());

        var report = await _database.ImportAsync(_database.WriteFile("provision-map.csv", text));
        var noteWarnings = report.Warnings.Where(warning => warning.File == "sections.csv").ToList();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], noteWarnings.Select(warning => warning.Line));
        Assert.All(noteWarnings, warning => Assert.StartsWith("No provision row has this heading", warning.Message));
    }

    private async Task<Provision> LoadProvisionAsync(string service)
    {
        await using var db = _database.CreateContext();
        return await ProvisionsWithDetails(db).SingleAsync(provision => provision.Service == service);
    }

    private async Task<Provision> LoadProvisionAsync(int sourceLine)
    {
        await using var db = _database.CreateContext();
        return await ProvisionsWithDetails(db).SingleAsync(provision => provision.SourceLine == sourceLine);
    }

    private static IQueryable<Provision> ProvisionsWithDetails(Core.Data.ProvisionMapDbContext db) =>
        db.Provisions
            .Include(provision => provision.Focuses)
            .Include(provision => provision.Authorities).ThenInclude(link => link.LocalAuthority)
            .AsNoTracking();

    private static List<string> AuthorityNames(Provision provision) =>
        provision.Authorities.OrderBy(link => link.Position).Select(link => link.LocalAuthority.Name).ToList();

    private static int? CountOf(Provision provision, FocusArea area) =>
        provision.Focuses.Single(focus => focus.Area == area).RespondentCount;

    private static List<ImportIssue> WarningsContaining(ImportReport report, string text) =>
        report.Warnings.Where(warning => warning.Message.Contains(text, StringComparison.Ordinal)).ToList();
}

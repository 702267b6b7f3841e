using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that the import maps audience, level and provider entries to vocabulary terms and warns about entries that match none.
/// </summary>
public sealed class VocabularyImportTests : IDisposable
{
    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RealMap_EveryEntryMapsToTerm()
    {
        var report = await _database.ImportRealMapAsync();

        Assert.DoesNotContain(report.Warnings, warning => warning.Message.Contains("matches no", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TermFacet.Audience, "governors", 13)]
    [InlineData(TermFacet.Audience, "designated-teachers", 17)]
    [InlineData(TermFacet.Audience, "senior-leaders", 24)]
    [InlineData(TermFacet.Level, "across-the-authority", 23)]
    [InlineData(TermFacet.Provider, "private-agency", 6)]
    [InlineData(TermFacet.Provider, "university-or-national-expert", 1)]
    public async Task RealMap_TermCounts(TermFacet facet, string slug, int expected)
    {
        await _database.ImportRealMapAsync();

        await using var db = _database.CreateContext();
        Assert.Equal(expected, await db.ProvisionTerms.CountAsync(term => term.Facet == facet && term.TermSlug == slug));
    }

    [Fact]
    public async Task RealMap_KeepsOriginalEntries()
    {
        await _database.ImportRealMapAsync();

        await using var db = _database.CreateContext();
        var provision = await db.Provisions.Include(row => row.Terms).SingleAsync(row => row.ProvidedFor == "Foster carers, SWs, DTs, IROs");
        var audience = provision.Terms.Where(term => term.Facet == TermFacet.Audience).ToDictionary(term => term.TermSlug, term => term.Entries);
        Assert.Equal("SWs", audience["social-workers"]);
        Assert.Equal("DTs", audience["designated-teachers"]);
        Assert.Equal("IROs", audience["independent-reviewing-officers"]);
        Assert.Equal("Foster carers", audience["foster-carers"]);
    }

    [Fact]
    public async Task UnknownEntry_WarnsWithLineAndColumn()
    {
        var path = _database.WriteFile("map.csv", ProvisionCsv.File(
            ProvisionCsv.Header,
            ProvisionCsv.Row(("Provided For", "Designated teachers, Lollipop wardens"))));

        var report = await _database.ImportAsync(path);

        Assert.False(report.HasErrors);
        var warning = Assert.Single(report.Warnings, issue => issue.Message.Contains("matches no", StringComparison.Ordinal));
        Assert.Equal(2, warning.Line);
        Assert.Equal(16, warning.Column);
        Assert.Contains("\"Lollipop wardens\" matches no provided for term", warning.Message, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(["designated-teachers"], await db.ProvisionTerms.Where(term => term.Facet == TermFacet.Audience).Select(term => term.TermSlug).ToListAsync());
    }

    [Fact]
    public async Task VocabularyFile_StoredInOrder()
    {
        await _database.ImportRealMapAsync();

        await using var db = _database.CreateContext();
        var levels = await db.VocabularyTerms.Where(term => term.Facet == TermFacet.Level).OrderBy(term => term.Position).Select(term => term.Name).ToListAsync();
        Assert.Equal(["Individuals", "Groups", "Classes", "Whole school", "Clusters of schools", "Across the authority"], levels);
    }

    [Fact]
    public async Task BadVocabularyFile_RejectedWithLocation()
    {
        var vocabulary = _database.WriteFile("vocabulary.csv", "Facet,Term,Matches\nAudience,Governors,governors\nColour,Red,red\nLevel,Groups,groups|governors\nAudience,Clerks,governors\n");
        await using var db = _database.CreateContext();
        var importer = new ProvisionMapImporter(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<ProvisionMapImporter>.Instance);

        var report = await importer.ImportAsync(new ImportRequest(
            ImportTestDatabase.RealProvisionMapPath, ImportTestDatabase.RealAuthoritiesPath, VocabularyPath: vocabulary));

        var errors = report.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("vocabulary.csv line 3, column 1 (Facet)", errors[0].Location);
        Assert.Contains("Unknown facet", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("vocabulary.csv line 5, column 3 (Matches)", errors[1].Location);
        Assert.Contains("already maps to \"Governors\" at line 2", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Provisions.CountAsync());
    }
}

using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that the three provision maps live side by side: importing one map replaces only that map's rows.
/// </summary>
public sealed class MultipleMapsImportTests : IDisposable
{
    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OtherMap_KeepsSchoolsRows()
    {
        await _database.ImportRealMapAsync();
        var schoolsBefore = await SchoolsRowsAsync();

        var report = await _database.ImportAsync(_database.WriteFile("foster-carers.csv", FosterCarersFile()));

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(schoolsBefore, await SchoolsRowsAsync());
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Provisions.CountAsync(provision => provision.Map == MapKind.FosterCarers));
        Assert.Equal(50, await db.Provisions.CountAsync());
    }

    [Fact]
    public async Task OtherMap_GetsIdsAfterSchools()
    {
        await _database.ImportRealMapAsync();

        await _database.ImportAsync(_database.WriteFile("foster-carers.csv", FosterCarersFile()));

        await using var db = _database.CreateContext();
        var ids = await db.Provisions.Where(provision => provision.Map == MapKind.FosterCarers)
            .OrderBy(provision => provision.Position)
            .Select(provision => provision.Id)
            .ToListAsync();
        Assert.Equal([49, 50], ids);
    }

    [Fact]
    public async Task SchoolsReimport_KeepsOtherMap()
    {
        await _database.ImportRealMapAsync();
        await _database.ImportAsync(_database.WriteFile("foster-carers.csv", FosterCarersFile()));

        var report = await _database.ImportRealMapAsync();

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Provisions.CountAsync(provision => provision.Map == MapKind.FosterCarers));
        Assert.Equal(48, await db.Provisions.CountAsync(provision => provision.Map == MapKind.Schools));
        Assert.Equal(2, await db.Sections.CountAsync(section => section.Map == MapKind.FosterCarers));
    }

    [Fact]
    public async Task UnknownMap_RejectsFile()
    {
        var report = await _database.ImportAsync(_database.WriteFile("mixed.csv",
            ProvisionCsv.File(ProvisionCsv.Header, ProvisionCsv.Row(("Map", "Grandparents")))));
        var error = Assert.Single(report.Errors);

        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Equal("Grandparents", error.Value);
        Assert.Contains("Use one of: Schools, Looked-after children, Foster carers.", error.Message);
    }

    private static string FosterCarersFile() => ProvisionCsv.File(
        ProvisionCsv.Header,
        ProvisionCsv.Row(("Map", "Foster carers"), ("Section", "Training for foster carers"), ("Service", "Education workshops for carers")),
        ProvisionCsv.Row(("Map", "Foster carers"), ("Section", "Advice for foster carers"), ("Service", "Telephone advice line")));

    private async Task<List<string>> SchoolsRowsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Provisions.Where(provision => provision.Map == MapKind.Schools)
            .OrderBy(provision => provision.Id)
            .Select(provision => $"{provision.Id}|{provision.Service}|{provision.ContactEmail}")
            .ToListAsync();
    }
}

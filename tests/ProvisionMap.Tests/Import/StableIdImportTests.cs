using Microsoft.EntityFrameworkCore;
using ProvisionMap.Tests.Fixtures;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests that a provision keeps its id, and so its page address, when a file is imported again.
/// </summary>
public sealed class StableIdImportTests : IDisposable
{
    private readonly ImportTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SameFileTwice_SameIds()
    {
        await _database.ImportRealMapAsync();
        var before = await IdsByServiceAsync();

        await _database.ImportRealMapAsync();

        Assert.Equal(before, await IdsByServiceAsync());
    }

    [Fact]
    public async Task RowAddedAbove_OtherIdsKept()
    {
        var first = ProvisionCsv.Row(("Service", "Attachment training"));
        var second = ProvisionCsv.Row(("Service", "Exclusion casework"));
        await _database.ImportAsync(_database.WriteFile("one.csv", ProvisionCsv.File(ProvisionCsv.Header, first, second)));
        var before = await IdsByServiceAsync();

        var added = ProvisionCsv.Row(("Service", "New governor briefing"));
        await _database.ImportAsync(_database.WriteFile("two.csv", ProvisionCsv.File(ProvisionCsv.Header, added, first, second)));

        var after = await IdsByServiceAsync();
        Assert.Equal(before["Attachment training"], after["Attachment training"]);
        Assert.Equal(before["Exclusion casework"], after["Exclusion casework"]);
        Assert.Equal(3, after["New governor briefing"]);
    }

    [Fact]
    public async Task RepeatedRows_KeepSeparateIds()
    {
        var row = ProvisionCsv.Row(("Service", "Termly training"));
        var path = _database.WriteFile("twice.csv", ProvisionCsv.File(ProvisionCsv.Header, row, row));
        await _database.ImportAsync(path);

        await _database.ImportAsync(path);

        await using var db = _database.CreateContext();
        Assert.Equal([1, 2], await db.Provisions.OrderBy(provision => provision.Id).Select(provision => provision.Id).ToListAsync());
    }

    private async Task<Dictionary<string, int>> IdsByServiceAsync()
    {
        await using var db = _database.CreateContext();
        var rows = await db.Provisions.Select(provision => new { provision.Id, provision.Service, provision.Position }).ToListAsync();
        return rows.GroupBy(row => row.Service).ToDictionary(group => group.Key, group => group.Min(row => row.Id));
    }
}

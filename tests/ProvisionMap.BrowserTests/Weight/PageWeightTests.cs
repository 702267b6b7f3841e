using Microsoft.Playwright;
using ProvisionMap.BrowserTests.Support;
using Xunit.Abstractions;

namespace ProvisionMap.BrowserTests.Weight;

/// <summary>
/// Measures the first load of /provision on the real data from Chromium's network log, and checks it against the budget
/// for slow school and council networks: at most 100 KB transferred and 10 requests, all requests together.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PageWeightTests(BrowserSite site, ITestOutputHelper output)
{
    private const long MaxTransferredBytes = 100 * 1024;
    private const int MaxRequests = 10;

    [SkippableFact]
    public async Task ProvisionFirstLoad_StaysWithinBudget()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var log = await NetworkLog.StartAsync(tab.Page);

        await tab.Page.GotoAsync("/provision", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var report = log.Describe();
        output.WriteLine(report);
        output.WriteLine($"Total: {log.Requests.Count} requests, {log.TransferredBytes:N0} bytes transferred.");
        PageWeightRecord.Write(log);

        Assert.All(log.Requests, request => Assert.True(request.Finished && request.Failure is null && request.Status == 200, report));
        Assert.True(log.Requests.Count <= MaxRequests, $"/provision made {log.Requests.Count} requests; the budget is {MaxRequests}.\n{report}");
        Assert.True(log.TransferredBytes <= MaxTransferredBytes, $"/provision transferred {log.TransferredBytes:N0} bytes; the budget is {MaxTransferredBytes:N0}.\n{report}");
    }

    [SkippableFact]
    public async Task ProvisionHtml_IsCompressed()
    {
        BrowserRequirement.SkipOrFailIfMissing();
        await using var tab = await site.OpenTabAsync();
        var log = await NetworkLog.StartAsync(tab.Page);

        await tab.Page.GotoAsync("/provision", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var document = Assert.Single(log.Requests, request => new Uri(request.Url).AbsolutePath == "/provision");
        Assert.NotEqual("", document.ContentEncoding);
        Assert.All(
            log.Requests.Where(request => request.Url.EndsWith(".css", StringComparison.Ordinal)),
            stylesheet => Assert.NotEqual("", stylesheet.ContentEncoding));
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ProvisionMap.Tests.Support;
using PuppeteerSharp;

namespace ProvisionMap.Tests.Export;

/// <summary>
/// Runs the shortlist script in headless Chromium against the site on a real loopback port, because only a browser
/// runs the script and keeps local storage. CI installs Chromium at /usr/bin/chromium.
/// </summary>
public sealed class ShortlistBrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly ProvisionMapFactory _factory = new();

    private WebApplicationFactory<Program>? _server;

    private readonly string _profileFolder = Path.Combine(Path.GetTempPath(), $"provisionmap-chromium-{Guid.NewGuid():N}");

    private IBrowser? _browser;

    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}. Install it with: apt-get install -y chromium");

        // The test host runs in Production, where MapStaticAssets expects published output. A browser requests the
        // compressed copies that only a publish makes and gets empty files, so the build's static web assets are used.
        _server = _factory.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _server.StartServer();
        var addresses = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _baseUrl = addresses.First();

        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            UserDataDir = _profileFolder,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _factory.DisposeAsync();
        if (Directory.Exists(_profileFolder))
        {
            Directory.Delete(_profileFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Shortlist_KeepsTicksAcrossViews()
    {
        var page = await _browser!.NewPageAsync();
        await page.GoToAsync($"{_baseUrl}/provision");
        await page.ClickAsync("input.shortlist-toggle-input[value='1']");

        // Norfolk's whole-school training (id 1) covers Attachment, so the filtered view shows it ticked again.
        await page.GoToAsync($"{_baseUrl}/provision?focus=attachment");
        var stillTicked = await page.EvaluateExpressionAsync<bool>("document.querySelector(\"input.shortlist-toggle-input[value='1']\").checked");
        await page.ClickAsync("input.shortlist-toggle-input[value='2']");
        var buttonText = await page.EvaluateExpressionAsync<string>("document.querySelector('#shortlist-form button').textContent");

        // Row 40 is not in the Attachment view, so it is ticked on another view and must reach the shortlist from storage.
        await page.GoToAsync($"{_baseUrl}/provision?vs=wigan");
        await page.ClickAsync("input.shortlist-toggle-input[value='40']");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#shortlist-form button"));
        var url = page.Url;
        var services = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('li.shortlist-item h2')).map(heading => heading.textContent.trim())");

        Assert.True(stillTicked);
        Assert.Equal("Show shortlist (2)", buttonText);
        Assert.StartsWith($"{_baseUrl}/shortlist?", url);
        Assert.Equal(3, services.Length);
        Assert.Contains("Whole school training on the issues that affect looked-after children", services);
        Assert.Contains("Attendance and provision of support at PEP meetings", services);
    }

    [Fact]
    public async Task ShortlistPage_RemoveUpdatesStoredList()
    {
        var page = await _browser!.NewPageAsync();
        await page.GoToAsync($"{_baseUrl}/shortlist?id=1&id=40");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("li.shortlist-item a[href='/shortlist?id=40']"));

        await page.GoToAsync($"{_baseUrl}/provision");
        var ticked = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('input.shortlist-toggle-input:checked')).map(box => box.value)");
        await page.GoToAsync($"{_baseUrl}/shortlist?id=40");
        var copyButton = await page.EvaluateExpressionAsync<string>("document.querySelector('#shortlist-text + button')?.textContent ?? ''");

        Assert.Equal(["40"], ticked);
        Assert.Equal("Copy text", copyButton);
    }
}

using Microsoft.Playwright;

namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// One started site and one headless Chromium shared by all browser tests. Each test opens its own browser context,
/// so cookies, history and cache never leak between tests. When Chromium is missing nothing is started, and each
/// test skips or fails through <see cref="BrowserRequirement"/>.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    // Without the background-networking switches Chromium tries to reach Google's hosts at start, which a closed
    // network refuses. --no-sandbox is needed when the tests run as root, as CI does.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly SiteServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl => _server.BaseUrl;

    public async Task InitializeAsync()
    {
        if (!BrowserRequirement.IsChromiumPresent)
        {
            return;
        }

        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirement.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// Opens a fresh browser context and a tab in it, with the viewport size in CSS pixels. Call
    /// <see cref="BrowserRequirement.SkipOrFailIfMissing"/> first. Disposing the result closes the context.
    /// </summary>
    public async Task<BrowserTab> OpenTabAsync(int width = 1280, int height = 900, bool javaScriptEnabled = true)
    {
        var browser = _browser ?? throw new InvalidOperationException(BrowserRequirement.MissingMessage);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserTab(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser site";
}

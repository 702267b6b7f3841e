using Microsoft.Playwright;

namespace ProvisionMap.BrowserTests.Support;

/// <summary>A page in a browser context of its own; disposing it closes the context.</summary>
public sealed class BrowserTab(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}

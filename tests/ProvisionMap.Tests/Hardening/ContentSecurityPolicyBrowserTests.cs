using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Loads each kind of page in headless Chromium from a site served by Kestrel on 127.0.0.1, and fails when the browser
/// reports that the content security policy blocked anything: an inline style or script, or another origin.
/// Needs Chromium at /usr/bin/chromium or on PATH as "chromium"; .ci/run installs it.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly string _profile = Directory.CreateTempSubdirectory("provisionmap-chromium-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    [Fact]
    public async Task Pages_LoadWithoutPolicyViolations()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        string[] paths = ["/", "/provision?q=attachment&focus=behaviour", "/provision/1", "/focus/attachment", "/virtual-schools",
            "/virtual-schools/enfield", "/contacts", "/coverage", "/shortlist?id=1&id=2", "/no/such/page", "/provision?focus=xx"];

        foreach (var path in paths)
        {
            var (dom, log) = await LoadAsync(address + path);

            Assert.Contains("<h1", dom);
            var violations = log.Split('\n').Where(line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || line.Contains("Refused to", StringComparison.Ordinal)).ToList();
            Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        }
    }

    /// <summary>Loads a page and returns the DOM after scripts ran, and the browser's console log.</summary>
    private async Task<(string Dom, string Log)> LoadAsync(string url)
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={_profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=3000", "--dump-dom", url,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var browser = Process.Start(start) ?? throw new InvalidOperationException("Chromium could not be started.");
        var dom = browser.StandardOutput.ReadToEndAsync();
        var log = browser.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await browser.WaitForExitAsync(timeout.Token);
        return (await dom, await log);
    }
}

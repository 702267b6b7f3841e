using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Checks that outside Development a plain HTTP request is redirected to HTTPS once the HTTPS port is known.
/// </summary>
public sealed class HttpsRedirectionTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Production_RedirectsHttpToHttps()
    {
        var site = _factory.WithWebHostBuilder(builder => builder.UseSetting("https_port", "443"));
        var client = site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://provisionmap.test"),
        });

        using var response = await client.GetAsync("/provision?focus=attachment");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://provisionmap.test/provision?focus=attachment", response.Headers.Location?.ToString());
    }
}

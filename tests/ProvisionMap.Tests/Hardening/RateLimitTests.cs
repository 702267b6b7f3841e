using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Checks the rate limit on exports and the API with a limit of three requests a minute: the fourth gets a 429 with
/// Retry-After, while pages stay unlimited.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly ProvisionMapFactory _factory = new();

    private readonly WebApplicationFactory<Program> _site;

    public RateLimitTests() =>
        _site = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimiting:Exports:PermitLimit", "3");
            builder.UseSetting("RateLimiting:Exports:WindowSeconds", "60");
        });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/provision.csv")]
    [InlineData("/provision.json")]
    [InlineData("/api/provision")]
    [InlineData("/API/anything/else")]
    public async Task FourthRequest_GetsTooManyRequests(string path)
    {
        var client = _site.CreateClient();
        for (var request = 1; request <= 3; request++)
        {
            using var allowed = await client.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.StartsWith("Too many requests for exports and the API from your address. Wait ", body);
        Assert.EndsWith(" seconds and try again.", body);
    }

    [Fact]
    public async Task Pages_AreNotLimited()
    {
        var client = _site.CreateClient();
        for (var request = 1; request <= 4; request++)
        {
            using var export = await client.GetAsync("/provision.csv");
        }

        for (var request = 1; request <= 10; request++)
        {
            using var page = await client.GetAsync("/provision?q=training");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}

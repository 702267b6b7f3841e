using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ProvisionMap.Tests.Support;
using ProvisionMap.Web.Infrastructure.Hardening;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Checks the security headers on pages, error pages, static files and the health endpoint, and HSTS over HTTPS.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SecurityHeaderTests(ProvisionMapFactory factory)
{
    public static TheoryData<string, HttpStatusCode> Urls => new()
    {
        { "/", HttpStatusCode.OK },
        { "/provision?focus=mental-health", HttpStatusCode.OK },
        { "/provision?focus=xx", HttpStatusCode.BadRequest },
        { "/no/such/page", HttpStatusCode.NotFound },
        { "/healthz", HttpStatusCode.OK },
        { "/favicon.ico", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EveryResponse_HasSecurityHeaders(string url, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsNoInlineOrThirdParty()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(directive => directive.Split(' ')[0], directive => directive.Split(' ')[1..]);

        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("http", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Https_SendsHsts()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://provisionmap.test") });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Http_HasNoHsts()
    {
        using var response = await factory.CreateClient().GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "(missing)";
}

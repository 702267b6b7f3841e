using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// How pages and stylesheets reach the browser in the Production environment, run from the build output as the test
/// host does: pages compressed on request, stylesheets from MapStaticAssets with their build-time gzip copies.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PageDeliveryTests(ProvisionMapFactory factory)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ProvisionPage_IsCompressed(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/provision");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var html = await DecompressAsync(body, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Showing 48 of 48 provisions.", html);
        Assert.True(body.Length * 5 < html.Length, $"{encoding} made /provision {body.Length:N0} bytes from {html.Length:N0} characters.");
    }

    [Fact]
    public async Task Stylesheets_AreServedWithBuildTimeGzip()
    {
        var html = await factory.CreateClient().GetStringAsync("/provision");
        var stylesheets = StylesheetLink().Matches(html).Select(match => match.Groups["href"].Value).ToList();
        Assert.NotEmpty(stylesheets);

        foreach (var href in stylesheets)
        {
            using var plainResponse = await factory.CreateClient().GetAsync(href);
            var plain = await plainResponse.Content.ReadAsStringAsync();

            using var request = new HttpRequestMessage(HttpMethod.Get, href);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var gzipResponse = await factory.CreateClient().SendAsync(request);
            var gzipBody = await gzipResponse.Content.ReadAsByteArrayAsync();

            // Before static web assets were enabled outside Development, a Production run of a build served these
            // files with an empty body or without their gzip copies.
            Assert.Equal(HttpStatusCode.OK, plainResponse.StatusCode);
            Assert.True(plain.Length > 1000, $"{href} was served with {plain.Length} characters.");
            Assert.Equal(["gzip"], gzipResponse.Content.Headers.ContentEncoding);
            Assert.Equal(plain, await DecompressAsync(gzipBody, "gzip"));
            Assert.True(gzipBody.Length * 2 < plain.Length, $"{href} was {gzipBody.Length:N0} bytes gzipped from {plain.Length:N0}: not compressed.");
            Assert.Contains("immutable", gzipResponse.Headers.CacheControl?.ToString());
        }
    }

    private static async Task<string> DecompressAsync(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        await using Stream decompressor = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor);
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetLink();
}

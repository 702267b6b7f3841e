using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace ProvisionMap.BrowserTests.Weight;

/// <summary>
/// Records a page's requests from Chromium's own network log through the DevTools protocol, with the bytes
/// transferred for each: headers plus the encoded (compressed) body, as the Transferred column of DevTools shows.
/// </summary>
public sealed class NetworkLog
{
    private readonly ConcurrentDictionary<string, LoggedRequest> _requests = new();

    /// <summary>One request with its URL, HTTP status, Content-Encoding and bytes transferred over the wire.</summary>
    public sealed class LoggedRequest(string url)
    {
        public string Url { get; } = url;
        public int Status { get; set; }
        public string ContentEncoding { get; set; } = "";
        public long TransferredBytes { get; set; }
        public bool Finished { get; set; }
        public string? Failure { get; set; }
    }

    public IReadOnlyCollection<LoggedRequest> Requests => _requests.Values.ToList();

    public long TransferredBytes => _requests.Values.Sum(request => request.TransferredBytes);

    /// <summary>
    /// Starts recording on a page, with the browser cache turned off so that every load is a first load.
    /// </summary>
    public static async Task<NetworkLog> StartAsync(IPage page)
    {
        var log = new NetworkLog();
        var session = await page.Context.NewCDPSessionAsync(page);
        session.Event("Network.requestWillBeSent").OnEvent += (_, data) => log.OnRequest(data);
        session.Event("Network.responseReceived").OnEvent += (_, data) => log.OnResponse(data);
        session.Event("Network.loadingFinished").OnEvent += (_, data) => log.OnFinished(data);
        session.Event("Network.loadingFailed").OnEvent += (_, data) => log.OnFailed(data);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        return log;
    }

    /// <summary>Formats one line per request, for test output and failure messages.</summary>
    public string Describe() => string.Join(
        Environment.NewLine,
        _requests.Values.Select(request =>
            $"{request.Status} {request.TransferredBytes,8:N0} B {(request.ContentEncoding.Length > 0 ? request.ContentEncoding : "identity"),-8} {request.Url}{(request.Failure is null ? "" : $" FAILED: {request.Failure}")}"));

    private void OnRequest(JsonElement? data)
    {
        if (data is not { } json)
        {
            return;
        }

        // A data: URL, such as the arrow Bootstrap draws in a select box, is decoded from the stylesheet and never
        // reaches the network, so it counts neither as a request nor as bytes.
        var id = json.GetProperty("requestId").GetString()!;
        var url = json.GetProperty("request").GetProperty("url").GetString()!;
        if (!url.StartsWith("data:", StringComparison.Ordinal))
        {
            _requests.TryAdd(id, new LoggedRequest(url));
        }
    }

    private void OnResponse(JsonElement? data)
    {
        if (data is not { } json || !_requests.TryGetValue(json.GetProperty("requestId").GetString()!, out var request))
        {
            return;
        }

        var response = json.GetProperty("response");
        request.Status = response.GetProperty("status").GetInt32();
        foreach (var header in response.GetProperty("headers").EnumerateObject())
        {
            if (header.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase))
            {
                request.ContentEncoding = header.Value.GetString() ?? "";
            }
        }
    }

    private void OnFinished(JsonElement? data)
    {
        if (data is not { } json || !_requests.TryGetValue(json.GetProperty("requestId").GetString()!, out var request))
        {
            return;
        }

        // encodedDataLength counts the response headers and the body as received, before decompression.
        request.TransferredBytes = (long)json.GetProperty("encodedDataLength").GetDouble();
        request.Finished = true;
    }

    private void OnFailed(JsonElement? data)
    {
        if (data is not { } json || !_requests.TryGetValue(json.GetProperty("requestId").GetString()!, out var request))
        {
            return;
        }

        request.Failure = json.GetProperty("errorText").GetString();
        request.Finished = true;
    }
}

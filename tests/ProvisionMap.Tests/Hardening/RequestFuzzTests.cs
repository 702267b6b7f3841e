using System.Net;
using System.Text;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Sends 1,000 generated requests to each route in <see cref="RequestFuzzRoutes"/>: random, very long, repeated and
/// malformed query values, unknown parameters, path traversal, odd Unicode and encoded NULs. Fails on any 5xx, on a
/// stack trace, and on any response that contains the fuzz marker tag unescaped.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class RequestFuzzTests(ProvisionMapFactory factory)
{
    private const int RequestsPerRoute = 1000;

    private const int Seed = 20261204;

    private static readonly string[] UnknownParameters = ["utm_source", "page", "__proto__", "q[]", "focus[0]", "", "%00", "FOCUS", "id"];

    public static TheoryData<string> Routes => new(RequestFuzzRoutes.All.Select(route => route.Path));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_SurvivesGeneratedRequests(string path)
    {
        var route = RequestFuzzRoutes.All.Single(candidate => candidate.Path == path);
        var values = new FuzzValues(Seed + RequestFuzzRoutes.All.ToList().IndexOf(route));
        var client = factory.CreateClient();
        var failures = new List<string>();

        for (var request = 0; request < RequestsPerRoute && failures.Count < 10; request++)
        {
            var url = BuildUrl(route, values);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var problem = Check(response, body);
            if (problem is not null)
            {
                failures.Add($"request {request}: {problem}: GET {Shorten(url)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string BuildUrl(FuzzRoute route, FuzzValues values)
    {
        var random = values.Random;
        var path = new StringBuilder();
        foreach (var segment in route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            // Kestrel, and the test host's client, reject an encoded NUL in the path before the app runs, so NULs are
            // sent in query values only.
            path.Append('/').Append(segment.StartsWith('{') ? values.NextEncoded().Replace("%00", "", StringComparison.Ordinal) : segment);
        }

        var query = new List<string>();
        var parameterCount = random.Next(0, 7);
        for (var index = 0; index < parameterCount; index++)
        {
            var known = route.Parameters.Length > 0 && random.Next(3) > 0;
            var name = known ? values.Pick(route.Parameters) : values.Pick(UnknownParameters);
            var repeats = random.Next(10) == 0 ? random.Next(2, 60) : 1;
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                query.Add(random.Next(20) == 0 ? name : $"{name}={values.NextEncoded()}");
            }
        }

        if (random.Next(15) == 0)
        {
            query.Add("&&==&");
        }

        var url = path.Length == 0 ? "/" : path.ToString();
        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    private static string? Check(HttpResponseMessage response, string body)
    {
        if ((int)response.StatusCode >= 500 && !(response.StatusCode == HttpStatusCode.ServiceUnavailable && response.RequestMessage!.RequestUri!.AbsolutePath == "/healthz"))
        {
            return $"status {(int)response.StatusCode}";
        }

        // Only HTML is parsed for tags. JSON escapes "<" by default, and CSV is a download that no browser renders.
        var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
        if (isHtml && body.Contains(FuzzValues.Marker, StringComparison.OrdinalIgnoreCase))
        {
            return "the marker tag came back unescaped";
        }

        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal))
        {
            return "the response contains exception text";
        }

        return null;
    }

    private static string Shorten(string url) => url.Length <= 300 ? url : url[..297] + "...";
}

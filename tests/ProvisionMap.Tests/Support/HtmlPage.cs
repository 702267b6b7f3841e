using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// A page fetched through the test host: its status code and its parsed HTML.
/// </summary>
public sealed record HtmlPage(HttpStatusCode StatusCode, IDocument Document)
{
    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return new HtmlPage(response.StatusCode, document);
    }

    /// <summary>Text of the element, with runs of white space collapsed to one space.</summary>
    public static string TextOf(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public string Heading => TextOf(Document.QuerySelector("h1")!);

    public string MainText => TextOf(Document.QuerySelector("main")!);

    /// <summary>Rows of every provision table on the page.</summary>
    public IReadOnlyList<IElement> ProvisionRows => Document.QuerySelectorAll("table.provision-table tbody tr").ToList();

    /// <summary>The service cell texts of the provision rows, in page order.</summary>
    public IReadOnlyList<string> Services => ProvisionRows.Select(row => TextOf(row.QuerySelector("th")!)).ToList();
}

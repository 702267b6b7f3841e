using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using ProvisionMap.Core.Search;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Renders text with the words a search matched inside &lt;mark&gt; elements. Every piece of text is HTML-encoded.
/// </summary>
public static class HighlightHtml
{
    public static IHtmlContent Render(string? text, IReadOnlyList<string> searchWords)
    {
        var content = new HtmlContentBuilder();
        foreach (var segment in Highlighter.Split(text ?? "", searchWords))
        {
            if (segment.IsMatch)
            {
                content.AppendHtml("<mark>");
                content.Append(segment.Text);
                content.AppendHtml("</mark>");
            }
            else
            {
                content.Append(segment.Text);
            }
        }

        return content;
    }
}

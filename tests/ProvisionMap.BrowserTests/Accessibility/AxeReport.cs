using System.Text;
using Deque.AxeCore.Commons;

namespace ProvisionMap.BrowserTests.Accessibility;

/// <summary>Formats axe-core violations so that a failing test names each rule, element and fix.</summary>
public static class AxeReport
{
    /// <summary>
    /// The axe-core rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. The WCAG 2.2 rules of axe-core 4.14 are
    /// all tagged wcag22aa; it has no wcag22a tag.
    /// </summary>
    public static readonly IReadOnlyList<string> WcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe-core found WCAG A/AA violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                // axe reports a failure through "any" checks (one must pass), "all" checks and "none" checks.
                var messages = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                text.AppendLine().Append($"    at {node.Target}: {string.Join(" ", messages)}");
            }
        }

        return text.ToString();
    }
}

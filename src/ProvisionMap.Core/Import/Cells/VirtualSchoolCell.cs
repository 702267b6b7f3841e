using System.Text.RegularExpressions;
using ProvisionMap.Core.Authorities;

namespace ProvisionMap.Core.Import.Cells;

/// <summary>
/// The Virtual School cell taken apart into the authorities it names, in order, and the count of
/// respondents it leaves unnamed ("and four not publicly listed").
/// </summary>
public sealed class VirtualSchoolCell
{
    // The maximum number of list items that one authority name can span, as in "Bournemouth, Christchurch and Poole".
    private const int MaxItemsPerName = 4;

    private static readonly Regex Separator = new(@"(;|,|\s&\s|\sand\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Unlisted = new(
        @"^(?:and\s+)?(?<count>\d+|[a-z]+)\s+(?:others?\s+)?(?:not\s+publicly\s+listed|unlisted|unnamed)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public List<(string Text, AuthorityMatch Match)> Authorities { get; } = [];

    /// <summary>Items that name no authority.</summary>
    public List<string> Unknown { get; } = [];

    public int UnlistedRespondents { get; private set; }

    /// <summary>Whether the cell named anything, listed or not.</summary>
    public bool IsEmpty => Authorities.Count == 0 && Unknown.Count == 0 && UnlistedRespondents == 0;

    public static VirtualSchoolCell Parse(string cell, AuthorityDirectory directory)
    {
        var result = new VirtualSchoolCell();
        var parts = Separator.Split(cell);
        var items = parts.Where((_, index) => index % 2 == 0).ToList();
        var index = 0;
        while (index < items.Count)
        {
            if (string.IsNullOrWhiteSpace(items[index]))
            {
                index++;
                continue;
            }

            index = result.TakeItem(parts, items, index, directory);
        }

        return result;
    }

    /// <summary>Reads the authority or unlisted count starting at item <paramref name="start"/> and returns the next item index.</summary>
    private int TakeItem(string[] parts, List<string> items, int start, AuthorityDirectory directory)
    {
        // Try the longest run first, so that "Bath and North East Somerset" is one authority, not two unknown names.
        for (var end = Math.Min(items.Count - 1, start + MaxItemsPerName - 1); end > start; end--)
        {
            var joined = string.Concat(parts[(2 * start)..(2 * end + 1)]).Trim();
            var match = directory.FindExact(joined);
            if (match is not null)
            {
                Authorities.Add((joined, match));
                return end + 1;
            }
        }

        var item = items[start].Trim();
        var unlisted = ParseUnlisted(item);
        if (unlisted is not null)
        {
            UnlistedRespondents += unlisted.Value;
            return start + 1;
        }

        var resolved = directory.Resolve(item);
        if (resolved is null)
        {
            Unknown.Add(item);
        }
        else
        {
            Authorities.Add((item, resolved));
        }

        return start + 1;
    }

    private static int? ParseUnlisted(string item)
    {
        var match = Unlisted.Match(item);
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["count"].Value;
        if (int.TryParse(count, out var number))
        {
            return number;
        }

        var word = Array.IndexOf(NumberWords, count.ToLowerInvariant());
        return word >= 0 ? word : null;
    }
}

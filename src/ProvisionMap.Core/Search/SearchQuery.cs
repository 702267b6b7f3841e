using System.Globalization;
using System.Text;

namespace ProvisionMap.Core.Search;

/// <summary>
/// The words of a search box, folded the way the search index folds text, and the FTS5 query built from them.
/// </summary>
/// <remarks>
/// Letters and digits make words, and every other character separates them, so apostrophes (straight or curly),
/// quotes, hyphens, "%" and "_" are never syntax. "&amp;" reads as "and". A few very common words are dropped because
/// they would only exclude rows that phrase the same thing differently. Each word matches as a prefix, in any order.
/// </remarks>
public sealed class SearchQuery
{
    public const int MaxLength = 200;

    public const int MaxWords = 12;

    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    };

    public static readonly SearchQuery Empty = new("", []);

    private SearchQuery(string text, IReadOnlyList<string> words)
    {
        Text = text;
        Words = words;
    }

    /// <summary>The text as typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>Lower-case words without accents, in typed order and without repeats.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>True when something was typed, even text without letters or digits, which then matches nothing.</summary>
    public bool HasText => Text.Length > 0;

    /// <summary>
    /// Builds the FTS5 MATCH expression: every word quoted as a string and marked as a prefix, so "attach" finds
    /// "attachment" and no character of the input can change the query's meaning.
    /// </summary>
    public string ToMatchExpression() => string.Join(' ', Words.Select(word => $"\"{word}\"*"));

    public static SearchQuery Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var words = Fold(trimmed)
            .Where(word => !IgnoredWords.Contains(word))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // A search of only common words, such as "and", still searches for them.
        if (words.Count == 0)
        {
            words = Fold(trimmed).Distinct(StringComparer.Ordinal).ToList();
        }

        return new SearchQuery(trimmed, words);
    }

    /// <summary>Splits text into lower-case words without accents, reading "&amp;" as "and".</summary>
    public static IEnumerable<string> Fold(string text)
    {
        var word = new StringBuilder();
        foreach (var character in text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                word.Append(char.ToLowerInvariant(character));
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}

using System.Globalization;
using System.Text;

namespace ProvisionMap.Core.Search;

/// <summary>A piece of displayed text, marked when it is a word that a search word matched.</summary>
public readonly record struct TextSegment(string Text, bool IsMatch);

/// <summary>
/// Splits displayed text into segments so that the words a search matched can be marked, using the same folding
/// as <see cref="SearchQuery"/>: a word is marked when, without accents and case, it starts with a search word.
/// </summary>
public static class Highlighter
{
    public static IReadOnlyList<TextSegment> Split(string text, IReadOnlyList<string> searchWords)
    {
        if (searchWords.Count == 0 || text.Length == 0)
        {
            return [new TextSegment(text, false)];
        }

        var segments = new List<TextSegment>();
        var plainStart = 0;
        var index = 0;
        while (index < text.Length)
        {
            if (!char.IsLetterOrDigit(text[index]))
            {
                index++;
                continue;
            }

            var wordStart = index;
            while (index < text.Length && (char.IsLetterOrDigit(text[index]) || IsCombiningMark(text[index])))
            {
                index++;
            }

            var folded = FoldWord(text[wordStart..index]);
            if (searchWords.Any(search => folded.StartsWith(search, StringComparison.Ordinal)))
            {
                if (wordStart > plainStart)
                {
                    segments.Add(new TextSegment(text[plainStart..wordStart], false));
                }

                segments.Add(new TextSegment(text[wordStart..index], true));
                plainStart = index;
            }
        }

        if (plainStart < text.Length)
        {
            segments.Add(new TextSegment(text[plainStart..], false));
        }

        return segments;
    }

    private static string FoldWord(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var character in word.Normalize(NormalizationForm.FormD))
        {
            if (!IsCombiningMark(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    private static bool IsCombiningMark(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

using System.Globalization;
using System.Text;

namespace ProvisionMap.Core.Text;

/// <summary>
/// Builds comparison keys for names that people type in many ways: "Bath &amp; North-East Somerset",
/// "bath and north east somerset" and "Bath and North East Somerset" all give the same key.
/// </summary>
public static class MatchKey
{
    /// <summary>
    /// Lower-cases, removes accents, reads "&amp;" as "and", hyphens and dashes as spaces,
    /// drops full stops, commas and apostrophes, and collapses runs of spaces.
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            AppendNormalised(builder, character);
        }

        return CollapseSpaces(builder.ToString());
    }

    /// <summary>Builds a lower-case URL segment such as "bath-and-north-east-somerset".</summary>
    public static string Slugify(string text)
    {
        var key = Normalise(text);
        var builder = new StringBuilder(key.Length);
        foreach (var character in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(character) ? character : '-');
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Keeps only letters and digits, so "Bracknell Forest" and "bracknell-forest" both give "bracknellforest".</summary>
    public static string Compact(string text) =>
        new(Normalise(text).Where(char.IsLetterOrDigit).ToArray());

    private static void AppendNormalised(StringBuilder builder, char character)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        switch (character)
        {
            case '&':
                builder.Append(" and ");
                break;
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/' or '_':
                builder.Append(' ');
                break;
            case '.' or ',' or '\'' or '\u2019' or '\u2018' or '(' or ')':
                break;
            default:
                builder.Append(char.IsWhiteSpace(character) ? ' ' : char.ToLowerInvariant(character));
                break;
        }
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

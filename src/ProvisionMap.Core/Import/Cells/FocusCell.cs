using System.Globalization;
using System.Text.RegularExpressions;

namespace ProvisionMap.Core.Import.Cells;

/// <summary>
/// The value of one focus-area cell: not ticked, ticked, or a respondent count on a summary row,
/// with the free text the "Other" column may carry.
/// </summary>
public sealed record FocusCell(bool IsSet, int? RespondentCount, string? Description)
{
    public static readonly FocusCell Empty = new(false, null, null);

    private static readonly string[] TickMarks = ["x", "✓", "✔", "yes"];

    // Words that mean "no" and text made only of tick marks and digits, such as "xx" or "2x": neither is a description.
    private static readonly string[] NoWords = ["no", "n", "false", "-", "–"];

    private static readonly Regex MalformedTick = new(@"^[xX✓✔\d\s]+$", RegexOptions.CultureInvariant);

    private static readonly Regex CountWithText = new(@"^(?<count>\d+)\s*\((?<text>.*)\)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Parses a focus cell. Empty or 0 is not ticked; x, ✓ or yes is a tick; a whole number is a respondent count.
    /// Only the "Other" column takes free text, alone or after a count as in "2 (Local updates)".
    /// Returns null when the value means none of these, or is a word for no such as "no" or "-".
    /// </summary>
    public static FocusCell? Parse(string cell, bool allowsText)
    {
        var value = cell.Trim();
        if (value.Length == 0)
        {
            return Empty;
        }

        if (TickMarks.Any(mark => string.Equals(mark, value, StringComparison.OrdinalIgnoreCase)))
        {
            return new FocusCell(true, null, null);
        }

        if (value.All(char.IsAsciiDigit))
        {
            // A count of 0 respondents means no respondent gave this focus area, the same as an empty cell.
            return !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? null
                : count == 0 ? Empty
                : new FocusCell(true, count, null);
        }

        if (!allowsText || MalformedTick.IsMatch(value) || NoWords.Any(word => string.Equals(word, value, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var match = CountWithText.Match(value);
        if (match.Success && int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var described))
        {
            return new FocusCell(true, described, match.Groups["text"].Value.Trim());
        }

        return new FocusCell(true, null, value);
    }
}

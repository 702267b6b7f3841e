using System.Text.RegularExpressions;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Neutralises CSV cells that a spreadsheet would run as a formula, and restores them on import, so that
/// export followed by import gives back the same text.
/// </summary>
/// <remarks>
/// A cell is risky when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return,
/// except a plain number such as <c>-12.5</c> or <c>+44</c> and a lone <c>-</c> or <c>+</c>, which spreadsheets show as
/// typed. Export puts an apostrophe before a risky cell, and before any cell that is apostrophes followed by a
/// risky cell, so that import can remove exactly one leading apostrophe from such cells and no other.
/// </remarks>
public static partial class FormulaCells
{
    public const char Marker = '\'';

    public static string Neutralise(string cell) => NeedsMarker(cell) ? Marker + cell : cell;

    /// <summary>Removes the apostrophe that <see cref="Neutralise"/> adds; other cells are returned unchanged.</summary>
    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == Marker && NeedsMarker(cell[1..]) ? cell[1..] : cell;

    private static bool NeedsMarker(string cell)
    {
        var rest = cell.TrimStart(Marker);
        if (rest.Length == 0)
        {
            return false;
        }

        // A cell that already starts with apostrophes keeps them all, so the one that import removes is always ours.
        if (rest.Length < cell.Length)
        {
            return IsRisky(rest);
        }

        return IsRisky(cell);
    }

    private static bool IsRisky(string cell) => cell[0] switch
    {
        '=' or '@' or '\t' or '\r' => true,
        '+' or '-' => !PlainNumber().IsMatch(cell),
        _ => false,
    };

    /// <summary>A lone sign, or a signed decimal number with an optional exponent.</summary>
    [GeneratedRegex(@"^[+-](\d+(\.\d+)?([eE][+-]?\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}

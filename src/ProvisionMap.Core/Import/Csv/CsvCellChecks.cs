namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Checks every cell of a row, whatever its column: an error for a cell longer than
/// <see cref="CsvLimits.MaxCellCharacters"/>, and a warning for a cell that a spreadsheet would run as a formula.
/// </summary>
public static class CsvCellChecks
{
    /// <summary>
    /// First characters with which a spreadsheet program starts a formula. Tab and CR are included because a program
    /// may trim them and then find a formula.
    /// </summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Returns false when a cell is too long, so the caller can skip the row.</summary>
    public static bool Check(string fileName, int line, string[] header, string[] fields, ImportReport report)
    {
        var valid = true;
        for (var index = 0; index < fields.Length; index++)
        {
            var cell = fields[index];
            var columnName = index < header.Length ? header[index] : "";
            if (cell.Length > CsvLimits.MaxCellCharacters)
            {
                report.Error(fileName, line, $"The cell has {cell.Length:N0} characters; the maximum is {CsvLimits.MaxCellCharacters:N0}. " +
                    "Shorten it, or check for a quote mark that runs several cells together.", index + 1, columnName, cell);
                valid = false;
            }
            else if (cell.Length > 1 && FormulaStarts.Contains(cell[0]) && !StartsWithNumber(cell))
            {
                report.Warning(fileName, line, $"The cell starts with \"{cell[0]}\", so a spreadsheet would run it as a formula. " +
                    "It is stored and shown as text.", index + 1, columnName, cell);
            }
        }

        return valid;
    }

    /// <summary>A signed number such as "-2" or "+44 20 7946 0000" is text people write, not an attempt at a formula.</summary>
    private static bool StartsWithNumber(string cell) => cell[0] is '+' or '-' && cell.Skip(1).All(c => char.IsAsciiDigit(c) || c == ' ');
}

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Finds a quoted cell that is never closed. A CSV parser reads such a quote as the start of one cell that runs to the end
/// of the file, so every later row would disappear into it. This scan reports where that cell starts instead.
/// </summary>
public static class CsvQuoteScanner
{
    /// <summary>Returns the 1-based line and column (cell number) of the unclosed quote, or null when every quote closes.</summary>
    public static (int Line, int Column)? FindUnclosedQuote(string text, char delimiter = ',')
    {
        var line = 1;
        var column = 1;
        var atCellStart = true;
        var inQuotes = false;
        (int Line, int Column) openedAt = (0, 0);

        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (inQuotes)
            {
                if (character == '"')
                {
                    // Two quotes inside a quoted cell are one literal quote, and a single quote closes the cell.
                    if (index + 1 < text.Length && text[index + 1] == '"')
                    {
                        index++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (character == '\n')
                {
                    line++;
                }

                continue;
            }

            if (character == '"' && atCellStart)
            {
                inQuotes = true;
                openedAt = (line, column);
            }

            atCellStart = false;
            if (character == delimiter)
            {
                column++;
                atCellStart = true;
            }
            else if (character == '\n')
            {
                line++;
                column = 1;
                atCellStart = true;
            }
        }

        return inQuotes ? openedAt : null;
    }
}

namespace ProvisionMap.Core.Text;

/// <summary>
/// Levenshtein distance: the number of single-character insertions, deletions and substitutions between two strings.
/// </summary>
public static class EditDistance
{
    public static int Between(string first, string second)
    {
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        for (var column = 0; column <= second.Length; column++)
        {
            previous[column] = column;
        }

        for (var row = 1; row <= first.Length; row++)
        {
            current[0] = row;
            for (var column = 1; column <= second.Length; column++)
            {
                var substitution = previous[column - 1] + (first[row - 1] == second[column - 1] ? 0 : 1);
                current[column] = Math.Min(substitution, Math.Min(previous[column] + 1, current[column - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Length];
    }
}

using System.Text.RegularExpressions;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import.Vocabulary;

/// <summary>
/// Maps the list entries of an audience, level or provider cell to vocabulary terms.
/// </summary>
/// <remarks>
/// A cell such as "Senior Management, SENCOs/INCOs, Class teachers and TAs" is split into entries on commas,
/// semicolons, slashes, "&amp;" and the word "and". Within each entry the longest phrases are matched first and
/// consumed, so "Designated teachers" maps to designated teachers only, not also to class teachers.
/// </remarks>
public sealed partial class TermMatcher
{
    private readonly Dictionary<TermFacet, List<(string Phrase, VocabularyEntry Entry)>> _phrases;

    public TermMatcher(TermVocabulary vocabulary)
    {
        _phrases = TermFacetInfo.All.ToDictionary(
            info => info.Facet,
            info => vocabulary.Of(info.Facet)
                .SelectMany(entry => entry.Phrases.Select(phrase => (Phrase: phrase, Entry: entry)))
                .OrderByDescending(pair => pair.Phrase.Length)
                .ToList());
    }

    /// <summary>Splits a cell into its list entries, without empty ones.</summary>
    public static IReadOnlyList<string> SplitEntries(string cell) =>
        EntrySeparator().Split(cell)
            .Select(entry => entry.Trim().TrimEnd('.').Trim())
            .Where(entry => entry.Length > 0)
            .ToList();

    /// <summary>
    /// Returns the terms the cell maps to, each with the entries that gave it, and the entries that match no term.
    /// </summary>
    public TermMatches Match(TermFacet facet, string cell)
    {
        var terms = new Dictionary<string, (VocabularyEntry Entry, List<string> Sources)>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var entry in SplitEntries(cell))
        {
            var found = MatchEntry(facet, entry);
            if (found.Count == 0)
            {
                unmatched.Add(entry);
                continue;
            }

            foreach (var term in found)
            {
                if (!terms.TryGetValue(term.Slug, out var existing))
                {
                    existing = (term, []);
                    terms[term.Slug] = existing;
                }

                if (!existing.Sources.Contains(entry, StringComparer.OrdinalIgnoreCase))
                {
                    existing.Sources.Add(entry);
                }
            }
        }

        var matched = terms.Values
            .OrderBy(pair => pair.Entry.Position)
            .Select(pair => new MatchedTerm(pair.Entry, pair.Sources))
            .ToList();
        return new TermMatches(matched, unmatched);
    }

    private List<VocabularyEntry> MatchEntry(TermFacet facet, string entry)
    {
        // Padding with spaces makes every match a whole-word match: " tas " never matches inside "teaching assistants".
        var text = $" {MatchKey.Normalise(entry)} ";
        var found = new List<VocabularyEntry>();
        foreach (var (phrase, term) in _phrases[facet])
        {
            var needle = $" {phrase} ";
            var index = text.IndexOf(needle, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            // Consume the phrase, keeping the spaces either side so the words around it stay separate.
            text = string.Concat(text.AsSpan(0, index + 1), "| ", text.AsSpan(index + needle.Length - 1));
            if (!found.Contains(term))
            {
                found.Add(term);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\s*(?:[,;/+&]|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EntrySeparator();
}

/// <summary>A vocabulary term with the cell's entries that map to it.</summary>
public sealed record MatchedTerm(VocabularyEntry Term, IReadOnlyList<string> Entries);

/// <summary>What a cell maps to: terms in vocabulary order, and entries that map to none.</summary>
public sealed record TermMatches(IReadOnlyList<MatchedTerm> Terms, IReadOnlyList<string> Unmatched);

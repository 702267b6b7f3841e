using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Csv;

namespace ProvisionMap.Core.Import.Vocabulary;

/// <summary>
/// Maps a validated row's audience, level and provider cells to vocabulary terms, and warns, with line and column,
/// about each list entry that maps to no term. The original cell text is kept on the provision unchanged.
/// </summary>
public sealed class ProvisionTermMapper(TermVocabulary vocabulary, string fileName, Func<string, int> columnOf, ImportReport report)
{
    private readonly TermMatcher _matcher = new(vocabulary);

    public List<ProvisionTerm> Map(ValidatedProvision row)
    {
        if (vocabulary.IsEmpty)
        {
            return [];
        }

        var terms = new List<ProvisionTerm>();
        foreach (var (facet, cell) in Cells(row))
        {
            var matches = _matcher.Match(facet.Facet, cell);
            terms.AddRange(matches.Terms.Select(match => new ProvisionTerm
            {
                Facet = facet.Facet,
                TermSlug = match.Term.Slug,
                Entries = string.Join("; ", match.Entries),
            }));

            foreach (var entry in matches.Unmatched)
            {
                report.Warning(fileName, row.Line,
                    $"\"{entry}\" matches no {facet.Name.ToLowerInvariant()} term, so the row cannot be found by that filter. " +
                    "Add the phrase to a term's Matches in the vocabulary file, or correct the entry.",
                    columnOf(facet.ColumnName), facet.ColumnName, cell);
            }
        }

        return terms;
    }

    private static IEnumerable<(TermFacetInfo Facet, string Cell)> Cells(ValidatedProvision row)
    {
        yield return (TermFacetInfo.Of(TermFacet.Audience), row.ProvidedFor);
        yield return (TermFacetInfo.Of(TermFacet.Level), row.LevelOfProvision);
        yield return (TermFacetInfo.Of(TermFacet.Provider), row.ProvidedBy);
    }
}

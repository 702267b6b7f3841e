using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import.Vocabulary;

/// <summary>
/// Reads the vocabulary file: Facet (Audience, Level or Provider), Term and Matches, the phrases separated by "|".
/// </summary>
public static class VocabularyFileReader
{
    public static TermVocabulary? Read(string path, ImportReport report)
    {
        var table = CsvTableReader.Read<VocabularyCsvRow, VocabularyCsvRowMap>(path, VocabularyCsvRow.Columns, report);
        if (table is null)
        {
            return null;
        }

        var errorsBefore = report.ErrorCount;
        var entries = new List<VocabularyEntry>();
        var phraseOwners = new Dictionary<(TermFacet, string), (string Term, int Line)>();
        foreach (var record in table.Records)
        {
            var row = record.Row;
            var facet = TermFacetInfo.Find(row.Facet);
            if (facet is null)
            {
                report.Error(table.FileName, record.Line, "Unknown facet. Use Audience, Level or Provider.",
                    table.ColumnOf("Facet"), "Facet", row.Facet);
                continue;
            }

            var name = row.Term.Trim();
            var slug = MatchKey.Slugify(name);
            if (slug.Length == 0)
            {
                report.Error(table.FileName, record.Line, "The term is empty. Give the term's name.", table.ColumnOf("Term"), "Term", row.Term);
                continue;
            }

            if (entries.Any(entry => entry.Facet == facet.Facet && entry.Slug == slug))
            {
                report.Error(table.FileName, record.Line, $"The term is listed twice for {facet.Facet}. Merge the two rows.",
                    table.ColumnOf("Term"), "Term", row.Term);
                continue;
            }

            var phrases = row.Matches.Split('|').Append(name)
                .Select(MatchKey.Normalise)
                .Where(phrase => phrase.Length > 0)
                .Distinct()
                .ToList();
            foreach (var phrase in phrases)
            {
                if (phraseOwners.TryGetValue((facet.Facet, phrase), out var owner))
                {
                    report.Error(table.FileName, record.Line,
                        $"The phrase \"{phrase}\" already maps to \"{owner.Term}\" at line {owner.Line}. Keep it in one term only.",
                        table.ColumnOf("Matches"), "Matches", row.Matches);
                    continue;
                }

                phraseOwners[(facet.Facet, phrase)] = (name, record.Line);
            }

            var position = entries.Count(entry => entry.Facet == facet.Facet) + 1;
            entries.Add(new VocabularyEntry(facet.Facet, slug, name, position, phrases));
        }

        return report.ErrorCount > errorsBefore ? null : new TermVocabulary(entries);
    }
}

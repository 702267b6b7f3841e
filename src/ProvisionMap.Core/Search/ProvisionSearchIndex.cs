using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;

namespace ProvisionMap.Core.Search;

/// <summary>
/// The SQLite FTS5 index behind the provision search box, one document per provision with the provision id as rowid.
/// </summary>
/// <remarks>
/// The unicode61 tokenizer with <c>remove_diacritics 2</c> folds case and accents ("É" matches "e") and treats every
/// character that is not a letter or digit as a separator, so apostrophes, quotes, hyphens, "%" and "_" never reach the
/// query syntax. "&amp;" is indexed as "and" because typed searches read it that way.
/// </remarks>
public static class ProvisionSearchIndex
{
    public const string TableName = "ProvisionSearch";

    public const string CreateSql =
        "CREATE VIRTUAL TABLE IF NOT EXISTS ProvisionSearch USING fts5(" +
        "Service, Section, Audience, Provider, Professionals, Authority, Contact, " +
        "tokenize = 'unicode61 remove_diacritics 2');";

    // Vocabulary term names are indexed beside the original text, so "designated teachers" also finds "DTs".
    private const string FillSql = """
        INSERT INTO ProvisionSearch (rowid, Service, Section, Audience, Provider, Professionals, Authority, Contact)
        SELECT p.Id,
               replace(p.Service, '&', ' and '),
               replace(s.Name || coalesce(' ' || ss.Name, ''), '&', ' and '),
               replace(p.ProvidedFor || ' ' || p.LevelOfProvision || ' ' || coalesce((
                   SELECT group_concat(v.Name, ' ') FROM ProvisionTerms t
                   JOIN VocabularyTerms v ON v.Facet = t.Facet AND v.Slug = t.TermSlug
                   WHERE t.ProvisionId = p.Id AND t.Facet IN ('Audience', 'Level')), ''), '&', ' and '),
               replace(p.ProvidedBy || ' ' || coalesce((
                   SELECT group_concat(v.Name, ' ') FROM ProvisionTerms t
                   JOIN VocabularyTerms v ON v.Facet = t.Facet AND v.Slug = t.TermSlug
                   WHERE t.ProvisionId = p.Id AND t.Facet = 'Provider'), ''), '&', ' and '),
               replace(p.ProfessionalsInvolved, '&', ' and '),
               replace(p.VirtualSchoolText || ' ' || coalesce((
                   SELECT group_concat(a.Name || ' ' || replace(a.Aliases, '|', ' '), ' ') FROM ProvisionAuthorities pa
                   JOIN LocalAuthorities a ON a.Id = pa.LocalAuthorityId
                   WHERE pa.ProvisionId = p.Id), ''), '&', ' and '),
               coalesce(p.ContactName, '')
        FROM Provisions p
        JOIN Sections s ON s.Id = p.SectionId
        LEFT JOIN Subsections ss ON ss.Id = p.SubsectionId;
        """;

    /// <summary>Empties the index and fills it again from every provision, inside the caller's transaction if there is one.</summary>
    public static async Task RebuildAsync(ProvisionMapDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(CreateSql, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ProvisionSearch;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(FillSql, cancellationToken);
    }

    /// <summary>Rebuilds the index when it is missing rows, for example in a database written before the index existed.</summary>
    public static async Task<bool> EnsureCurrentAsync(ProvisionMapDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(CreateSql, cancellationToken);
        var indexed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ProvisionSearch").SingleAsync(cancellationToken);
        var provisions = await db.Provisions.CountAsync(cancellationToken);
        if (indexed == provisions)
        {
            return false;
        }

        await RebuildAsync(db, cancellationToken);
        return true;
    }
}

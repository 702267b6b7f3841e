using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;

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
        "CREATE VIRTUAL TABLE ProvisionSearch USING fts5(" +
        "Service, Section, Focus, Audience, Provider, Professionals, Authority, Region, Contact, " +
        "tokenize = 'unicode61 remove_diacritics 2')";

    // Vocabulary term names are indexed beside the original text, so "designated teachers" also finds "DTs",
    // and the names of ticked focus areas are indexed so a search for "attachment" finds every Attachment row.
    private static readonly string FillSql = $$"""
        INSERT INTO ProvisionSearch (rowid, Service, Section, Focus, Audience, Provider, Professionals, Authority, Region, Contact)
        SELECT p.Id,
               replace(p.Service, '&', ' and '),
               replace(s.Name || coalesce(' ' || ss.Name, ''), '&', ' and '),
               coalesce((
                   SELECT group_concat({{FocusNameSql}} || coalesce(' ' || f.Description, ''), ' ') FROM ProvisionFocuses f
                   WHERE f.ProvisionId = p.Id), ''),
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
               coalesce((
                   SELECT group_concat(DISTINCT a.Region) FROM ProvisionAuthorities pa
                   JOIN LocalAuthorities a ON a.Id = pa.LocalAuthorityId
                   WHERE pa.ProvisionId = p.Id), ''),
               coalesce(p.ContactName, '')
        FROM Provisions p
        JOIN Sections s ON s.Id = p.SectionId
        LEFT JOIN Subsections ss ON ss.Id = p.SubsectionId;
        """;

    // The focus area names by their stored numbers, as an SQL CASE expression.
    private static string FocusNameSql =>
        "CASE f.Area " + string.Concat(FocusAreaInfo.All.Select(info => $"WHEN {(int)info.Area} THEN '{info.Name}' ")) + "ELSE '' END";

    /// <summary>
    /// Creates the index table again with the current columns and fills it from every provision, inside the caller's
    /// transaction if there is one.
    /// </summary>
    public static async Task RebuildAsync(ProvisionMapDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS ProvisionSearch", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(CreateSql, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(FillSql, cancellationToken);
    }

    /// <summary>
    /// Rebuilds the index when its columns are not the current ones or it is missing rows, for example in a database
    /// written by an older version. Returns true when it rebuilt the index.
    /// </summary>
    public static async Task<bool> EnsureCurrentAsync(ProvisionMapDbContext db, CancellationToken cancellationToken)
    {
        var definition = await db.Database
            .SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = 'ProvisionSearch'")
            .SingleOrDefaultAsync(cancellationToken);
        if (definition == CreateSql)
        {
            var indexed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ProvisionSearch").SingleAsync(cancellationToken);
            if (indexed == await db.Provisions.CountAsync(cancellationToken))
            {
                return false;
            }
        }

        await RebuildAsync(db, cancellationToken);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.BulkInsert;
using ProvisionMap.Core.Search;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Writes an <see cref="ImportPlan"/> in one transaction: the maps it contains are deleted and written again,
/// and the authority list is brought up to date.
/// </summary>
internal sealed class ImportPlanWriter(ProvisionMapDbContext db)
{
    public async Task WriteAsync(ImportPlan plan, int warningCount, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var maps = plan.Maps.ToList();
        var previousIds = await PreviousIdsAsync(maps, cancellationToken);
        var nextId = (await db.Provisions.MaxAsync(provision => (int?)provision.Id, cancellationToken) ?? 0) + 1;
        await db.Provisions.Where(provision => maps.Contains(provision.Map)).ExecuteDeleteAsync(cancellationToken);
        await db.Subsections.Where(subsection => maps.Contains(subsection.Section.Map)).ExecuteDeleteAsync(cancellationToken);
        await db.Sections.Where(section => maps.Contains(section.Map)).ExecuteDeleteAsync(cancellationToken);
        await UpdateAuthoritiesAsync(plan, cancellationToken);
        await ReplaceVocabularyAsync(plan, cancellationToken);

        await AssignIdsAsync(plan, previousIds, nextId, cancellationToken);
        await PlanRowWriter.WriteAsync(db, transaction.GetDbTransaction(), plan, cancellationToken);
        db.ImportRuns.Add(new ImportRun
        {
            ImportedAtUtc = DateTime.UtcNow,
            FileName = plan.FileName,
            Sha256 = plan.Sha256,
            RowCount = plan.Provisions.Count,
            WarningCount = warningCount,
        });
        await db.SaveChangesAsync(cancellationToken);
        await ProvisionSearchIndex.RebuildAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Adds new authorities, updates changed ones, and removes those the file no longer lists unless another map still names them.
    /// </summary>
    private async Task UpdateAuthoritiesAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var existing = await db.LocalAuthorities.ToDictionaryAsync(authority => authority.Id, cancellationToken);
        foreach (var record in plan.Authorities)
        {
            if (!existing.Remove(record.Code, out var authority))
            {
                authority = new LocalAuthority { Id = record.Code, Name = "", Slug = "", OnsCode = "", Region = "" };
                db.LocalAuthorities.Add(authority);
            }

            authority.Name = record.Name;
            authority.Slug = MatchKey.Slugify(record.Name);
            authority.OnsCode = record.OnsCode;
            authority.Region = record.Region;
            authority.Aliases = string.Join('|', record.Aliases);
        }

        var stillNamed = await db.ProvisionAuthorities.Select(link => link.LocalAuthorityId).Distinct().ToListAsync(cancellationToken);
        db.LocalAuthorities.RemoveRange(existing.Values.Where(authority => !stillNamed.Contains(authority.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReplaceVocabularyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Vocabulary is null)
        {
            return;
        }

        await db.VocabularyTerms.ExecuteDeleteAsync(cancellationToken);
        db.VocabularyTerms.AddRange(plan.Vocabulary.Entries.Select(entry => new VocabularyTerm
        {
            Facet = entry.Facet,
            Slug = entry.Slug,
            Name = entry.Name,
            Position = entry.Position,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reads the ids of the rows about to be replaced, by <see cref="StableKey"/>, to give them to the same rows again.</summary>
    private async Task<Dictionary<string, int>> PreviousIdsAsync(List<MapKind> maps, CancellationToken cancellationToken)
    {
        var rows = await db.Provisions.AsNoTracking()
            .Where(provision => maps.Contains(provision.Map))
            .OrderBy(provision => provision.Position)
            .Select(provision => new { provision.Id, provision.Map, SectionSlug = provision.Section.Slug, provision.Service, provision.VirtualSchoolText })
            .ToListAsync(cancellationToken);

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ids[StableKey(row.Map, row.SectionSlug, row.Service, row.VirtualSchoolText, occurrences)] = row.Id;
        }

        return ids;
    }

    /// <summary>
    /// Gives each row the id it had before when its key is unchanged, and numbers other rows after the highest id
    /// in use, so re-importing the same file keeps every id and a link to a provision keeps working.
    /// </summary>
    private async Task AssignIdsAsync(ImportPlan plan, Dictionary<string, int> previousIds, int nextProvision, CancellationToken cancellationToken)
    {
        var nextSection = (await db.Sections.MaxAsync(section => (int?)section.Id, cancellationToken) ?? 0) + 1;
        var nextSubsection = (await db.Subsections.MaxAsync(subsection => (int?)subsection.Id, cancellationToken) ?? 0) + 1;

        foreach (var section in plan.Sections)
        {
            section.Id = nextSection++;
            foreach (var subsection in section.Subsections)
            {
                subsection.Id = nextSubsection++;
            }
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var provision in plan.Provisions)
        {
            var key = StableKey(provision.Map, provision.Section.Slug, provision.Service, provision.VirtualSchoolText, occurrences);
            provision.Id = previousIds.TryGetValue(key, out var previous) ? previous : nextProvision++;
        }
    }

    /// <summary>
    /// Identifies a row by map, section, service and Virtual School cell, plus its occurrence number for rows that a map prints twice.
    /// </summary>
    private static string StableKey(MapKind map, string sectionSlug, string service, string virtualSchool, Dictionary<string, int> occurrences)
    {
        var key = $"{map}|{sectionSlug}|{MatchKey.Normalise(service)}|{MatchKey.Normalise(virtualSchool)}";
        var occurrence = occurrences.GetValueOrDefault(key) + 1;
        occurrences[key] = occurrence;
        return $"{key}|{occurrence}";
    }
}

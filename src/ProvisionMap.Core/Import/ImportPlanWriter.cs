using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
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
        await db.Provisions.Where(provision => maps.Contains(provision.Map)).ExecuteDeleteAsync(cancellationToken);
        await db.Subsections.Where(subsection => maps.Contains(subsection.Section.Map)).ExecuteDeleteAsync(cancellationToken);
        await db.Sections.Where(section => maps.Contains(section.Map)).ExecuteDeleteAsync(cancellationToken);
        await UpdateAuthoritiesAsync(plan, cancellationToken);

        await AssignIdsAsync(plan, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Sections.AddRange(plan.Sections);
        db.Provisions.AddRange(plan.Provisions);
        db.ImportRuns.Add(new ImportRun
        {
            ImportedAtUtc = DateTime.UtcNow,
            FileName = plan.FileName,
            Sha256 = plan.Sha256,
            RowCount = plan.Provisions.Count,
            WarningCount = warningCount,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
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

    /// <summary>
    /// Numbers new rows after those of the maps that stay, so re-importing the same file gives the same ids.
    /// </summary>
    private async Task AssignIdsAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var nextSection = (await db.Sections.MaxAsync(section => (int?)section.Id, cancellationToken) ?? 0) + 1;
        var nextSubsection = (await db.Subsections.MaxAsync(subsection => (int?)subsection.Id, cancellationToken) ?? 0) + 1;
        var nextProvision = (await db.Provisions.MaxAsync(provision => (int?)provision.Id, cancellationToken) ?? 0) + 1;

        foreach (var section in plan.Sections)
        {
            section.Id = nextSection++;
            foreach (var subsection in section.Subsections)
            {
                subsection.Id = nextSubsection++;
            }
        }

        foreach (var provision in plan.Provisions)
        {
            provision.Id = nextProvision++;
        }
    }
}

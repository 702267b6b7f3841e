using System.Data.Common;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Import.BulkInsert;

/// <summary>
/// Inserts the sections, subsections and provision of an <see cref="ImportPlan"/>, with their focus cells, authority
/// links and vocabulary terms, through <see cref="TableInserter{TEntity}"/>. EF Core's AddRange and SaveChanges did
/// this before, and their change tracking took most of the import's time at 100,000 rows (docs/benchmarks.md).
/// </summary>
internal static class PlanRowWriter
{
    /// <summary>Sets the foreign keys from the plan's navigation properties and inserts every row, parents first.</summary>
    public static async Task WriteAsync(ProvisionMapDbContext db, DbTransaction transaction, ImportPlan plan, CancellationToken cancellationToken)
    {
        await using var sections = TableInserter<Section>.Create(db, transaction);
        await using var subsections = TableInserter<Subsection>.Create(db, transaction);
        foreach (var section in plan.Sections)
        {
            await sections.AddAsync(section, cancellationToken);
            foreach (var subsection in section.Subsections)
            {
                subsection.SectionId = section.Id;
            }
        }

        await sections.FlushAsync(cancellationToken);
        await subsections.AddRangeAsync(plan.Sections.SelectMany(section => section.Subsections), cancellationToken);
        await subsections.FlushAsync(cancellationToken);

        await using var provisions = TableInserter<Provision>.Create(db, transaction);
        foreach (var provision in plan.Provisions)
        {
            provision.SectionId = provision.Section.Id;
            provision.SubsectionId = provision.Subsection?.Id;
            await provisions.AddAsync(provision, cancellationToken);
        }

        await provisions.FlushAsync(cancellationToken);
        await WriteChildrenAsync(db, transaction, plan.Provisions, cancellationToken);
    }

    private static async Task WriteChildrenAsync(
        ProvisionMapDbContext db, DbTransaction transaction, IReadOnlyList<Provision> provisions, CancellationToken cancellationToken)
    {
        await using var focuses = TableInserter<ProvisionFocus>.Create(db, transaction);
        await using var authorities = TableInserter<ProvisionAuthority>.Create(db, transaction);
        await using var terms = TableInserter<ProvisionTerm>.Create(db, transaction);
        foreach (var provision in provisions)
        {
            foreach (var focus in provision.Focuses)
            {
                focus.ProvisionId = provision.Id;
                await focuses.AddAsync(focus, cancellationToken);
            }

            foreach (var link in provision.Authorities)
            {
                link.ProvisionId = provision.Id;
                await authorities.AddAsync(link, cancellationToken);
            }

            foreach (var term in provision.Terms)
            {
                term.ProvisionId = provision.Id;
                await terms.AddAsync(term, cancellationToken);
            }
        }

        await focuses.FlushAsync(cancellationToken);
        await authorities.FlushAsync(cancellationToken);
        await terms.FlushAsync(cancellationToken);
    }
}

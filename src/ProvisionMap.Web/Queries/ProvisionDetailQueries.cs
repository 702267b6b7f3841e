using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// Reads one provision with its section notes, vocabulary terms and links to the same authorities' and focus areas' other provision.
/// </summary>
public sealed class ProvisionDetailQueries(ProvisionMapDbContext db, ProvisionQueries queries)
{
    public async Task<ProvisionDetailViewModel?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var rows = await queries.FindAsync(db.Provisions.Where(provision => provision.Id == id), cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var entity = await db.Provisions.AsNoTracking()
            .Include(provision => provision.Section)
            .Include(provision => provision.Subsection)
            .Include(provision => provision.Terms)
            .SingleAsync(provision => provision.Id == id, cancellationToken);
        var vocabulary = await db.VocabularyTerms.AsNoTracking().ToListAsync(cancellationToken);

        var terms = entity.Terms
            .Select(term => (Term: term, Info: vocabulary.FirstOrDefault(entry => entry.Facet == term.Facet && entry.Slug == term.TermSlug)))
            .Where(pair => pair.Info is not null)
            .OrderBy(pair => pair.Term.Facet)
            .ThenBy(pair => pair.Info!.Position)
            .Select(pair => new TermViewModel(pair.Info!.Name, TermFacetInfo.Of(pair.Term.Facet).Parameter, pair.Info.Slug, pair.Term.Entries))
            .ToList();

        var map = MapKindInfo.Of(entity.Map);
        return new ProvisionDetailViewModel(
            row,
            map.Name,
            entity.Section.Name,
            $"{map.Slug}-{entity.Section.Slug}",
            entity.Section.Note,
            entity.Subsection?.Name,
            entity.Subsection?.Note,
            terms,
            await RelatedAsync(row, cancellationToken),
            entity.SourceLine);
    }

    private async Task<List<RelatedLinkViewModel>> RelatedAsync(ProvisionRowViewModel row, CancellationToken cancellationToken)
    {
        var related = new List<RelatedLinkViewModel>();
        foreach (var authority in row.Authorities)
        {
            var count = await db.Provisions.CountAsync(
                provision => provision.Id != row.Id && provision.Authorities.Any(link => link.LocalAuthority.Slug == authority.Slug), cancellationToken);
            related.Add(new RelatedLinkViewModel($"Other provision of {authority.Name}", $"/provision?vs={authority.Slug}", count));
        }

        var focuses = row.Focuses.Where(cell => cell.IsSet).Select(cell => cell.Focus).ToList();
        foreach (var focus in focuses)
        {
            var area = focus.Area;
            var count = await db.Provisions.CountAsync(
                provision => provision.Id != row.Id && provision.Focuses.Any(cell => cell.Area == area), cancellationToken);
            related.Add(new RelatedLinkViewModel($"Other provision with the focus area {focus.Name}", $"/provision?focus={focus.Slug}", count));
        }

        if (focuses.Count > 1)
        {
            var areas = focuses.Select(focus => focus.Area).ToList();
            var count = await db.Provisions.CountAsync(
                provision => provision.Id != row.Id && areas.All(area => provision.Focuses.Any(cell => cell.Area == area)), cancellationToken);
            var url = "/provision?" + string.Join("&", focuses.Select(focus => $"focus={focus.Slug}"));
            related.Add(new RelatedLinkViewModel("Other provision covering all of these focus areas", url, count));
        }

        return related;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class ProvisionTermConfiguration : IEntityTypeConfiguration<ProvisionTerm>
{
    public void Configure(EntityTypeBuilder<ProvisionTerm> builder)
    {
        builder.HasKey(term => new { term.ProvisionId, term.Facet, term.TermSlug });
        builder.Property(term => term.Facet).HasConversion<string>().HasMaxLength(20);
        builder.Property(term => term.TermSlug).HasMaxLength(100);
        builder.HasOne<Provision>()
            .WithMany(provision => provision.Terms)
            .HasForeignKey(term => term.ProvisionId)
            .OnDelete(DeleteBehavior.Cascade);

        // Facet filters and counts look rows up by term first.
        builder.HasIndex(term => new { term.Facet, term.TermSlug, term.ProvisionId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class VocabularyTermConfiguration : IEntityTypeConfiguration<VocabularyTerm>
{
    public void Configure(EntityTypeBuilder<VocabularyTerm> builder)
    {
        builder.HasKey(term => new { term.Facet, term.Slug });
        builder.Property(term => term.Facet).HasConversion<string>().HasMaxLength(20);
        builder.Property(term => term.Slug).HasMaxLength(100);
        builder.Property(term => term.Name).HasMaxLength(200);
    }
}

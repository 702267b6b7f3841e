using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(section => section.Id).ValueGeneratedNever();
        builder.Property(section => section.Map).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(section => new { section.Map, section.Slug }).IsUnique();
        builder.HasIndex(section => new { section.Map, section.Position });
    }
}

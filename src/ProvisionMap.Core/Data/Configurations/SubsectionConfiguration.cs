using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class SubsectionConfiguration : IEntityTypeConfiguration<Subsection>
{
    public void Configure(EntityTypeBuilder<Subsection> builder)
    {
        builder.Property(subsection => subsection.Id).ValueGeneratedNever();
        builder.HasOne(subsection => subsection.Section)
            .WithMany(section => section.Subsections)
            .HasForeignKey(subsection => subsection.SectionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(subsection => new { subsection.SectionId, subsection.Name }).IsUnique();
    }
}

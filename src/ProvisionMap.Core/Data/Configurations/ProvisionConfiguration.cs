using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> builder)
    {
        builder.Property(provision => provision.Id).ValueGeneratedNever();
        builder.Property(provision => provision.Map).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(provision => provision.RespondentTotal);

        builder.HasOne(provision => provision.Section)
            .WithMany(section => section.Provisions)
            .HasForeignKey(provision => provision.SectionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(provision => provision.Subsection)
            .WithMany(subsection => subsection.Provisions)
            .HasForeignKey(provision => provision.SubsectionId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(provision => new { provision.Map, provision.Position });
        builder.HasIndex(provision => provision.SortKey);
    }
}

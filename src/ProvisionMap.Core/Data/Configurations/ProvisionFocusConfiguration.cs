using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class ProvisionFocusConfiguration : IEntityTypeConfiguration<ProvisionFocus>
{
    public void Configure(EntityTypeBuilder<ProvisionFocus> builder)
    {
        builder.HasKey(focus => new { focus.ProvisionId, focus.Area });
        builder.HasOne<Provision>()
            .WithMany(provision => provision.Focuses)
            .HasForeignKey(focus => focus.ProvisionId)
            .OnDelete(DeleteBehavior.Cascade);

        // Filtering by focus area looks rows up by area first.
        builder.HasIndex(focus => new { focus.Area, focus.ProvisionId });
    }
}

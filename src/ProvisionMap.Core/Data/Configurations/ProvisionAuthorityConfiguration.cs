using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class ProvisionAuthorityConfiguration : IEntityTypeConfiguration<ProvisionAuthority>
{
    public void Configure(EntityTypeBuilder<ProvisionAuthority> builder)
    {
        builder.HasKey(link => new { link.ProvisionId, link.LocalAuthorityId });
        builder.HasOne(link => link.Provision)
            .WithMany(provision => provision.Authorities)
            .HasForeignKey(link => link.ProvisionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(link => link.LocalAuthority)
            .WithMany(authority => authority.Provisions)
            .HasForeignKey(link => link.LocalAuthorityId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(link => new { link.LocalAuthorityId, link.ProvisionId });
    }
}

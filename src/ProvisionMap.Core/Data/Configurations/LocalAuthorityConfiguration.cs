using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data.Configurations;

internal sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> builder)
    {
        // The key is the DfE code, which the authorities file supplies.
        builder.Property(authority => authority.Id).ValueGeneratedNever();
        builder.Property(authority => authority.Name).HasMaxLength(100);
        builder.Property(authority => authority.Slug).HasMaxLength(100);
        builder.Property(authority => authority.OnsCode).HasMaxLength(9);
        builder.Property(authority => authority.Region).HasMaxLength(50);
        builder.HasIndex(authority => authority.Slug).IsUnique();
    }
}

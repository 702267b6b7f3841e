using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Data;

public class ProvisionMapDbContext(DbContextOptions<ProvisionMapDbContext> options) : DbContext(options)
{
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Subsection> Subsections => Set<Subsection>();

    public DbSet<Provision> Provisions => Set<Provision>();

    public DbSet<ProvisionFocus> ProvisionFocuses => Set<ProvisionFocus>();

    public DbSet<ProvisionAuthority> ProvisionAuthorities => Set<ProvisionAuthority>();

    public DbSet<ProvisionTerm> ProvisionTerms => Set<ProvisionTerm>();

    public DbSet<VocabularyTerm> VocabularyTerms => Set<VocabularyTerm>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProvisionMapDbContext).Assembly);
}

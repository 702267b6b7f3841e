using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProvisionMap.Core.Data;

/// <summary>
/// Lets the EF Core tools create migrations without starting the web host.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProvisionMapDbContext>
{
    public ProvisionMapDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProvisionMapDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new ProvisionMapDbContext(options);
    }
}

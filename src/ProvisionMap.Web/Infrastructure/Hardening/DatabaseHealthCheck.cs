using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProvisionMap.Core.Data;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Healthy when the database opens and contains provision, which is what the site needs to serve its pages.
/// </summary>
public sealed class DatabaseHealthCheck(ProvisionMapDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hasProvision = await db.Provisions.AnyAsync(cancellationToken);
            return hasProvision ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database contains no provision.");
        }
        catch (SqliteException exception)
        {
            HardeningLog.HealthCheckFailed(logger, exception);
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}

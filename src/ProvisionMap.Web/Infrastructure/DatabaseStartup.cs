using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Import;
using ProvisionMap.Core.Search;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Applies the EF Core migrations at start-up and imports the provision map when the database is still empty.
/// </summary>
public static class DatabaseStartup
{
    /// <summary>Returns false when the first-start import failed, so the caller can stop instead of serving no data.</summary>
    public static async Task<bool> InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProvisionMapDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup).FullName!);
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DataFileOptions>>().Value;
        var environment = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>();

        await db.Database.MigrateAsync(cancellationToken);

        // Write-ahead logging lets pages keep reading while an import from another process writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        WebLog.DatabaseReady(logger, db.Database.GetDbConnection().DataSource);

        if (await ProvisionSearchIndex.EnsureCurrentAsync(db, cancellationToken))
        {
            WebLog.SearchIndexRebuilt(logger);
        }

        var provisions = await db.Provisions.CountAsync(cancellationToken);
        if (provisions > 0 || !options.ImportOnFirstStart)
        {
            WebLog.ExistingData(logger, provisions);
            return true;
        }

        var request = ImportRequestFactory.FromOptions(environment.ContentRootPath, options);
        WebLog.FirstStartImport(logger, request.ProvisionMapPath);
        var importer = scope.ServiceProvider.GetRequiredService<ProvisionMapImporter>();
        var report = await importer.ImportAsync(request, cancellationToken);
        if (report.HasErrors)
        {
            WebLog.FirstStartImportFailed(logger, request.ProvisionMapPath, report.ErrorCount);
            return false;
        }

        return true;
    }
}

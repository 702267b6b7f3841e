using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Runs each MVC action and its view inside one deferred read transaction, so that every query of a page reads the same
/// WAL snapshot. A page rendered while an import swaps in therefore shows the old data or the new, never a mix of both.
/// </summary>
public sealed class ReadSnapshotFilter(ProvisionMapDbContext db) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection || db.Database.CurrentTransaction is not null)
        {
            await next();
            return;
        }

        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            // Deferred, because Microsoft.Data.Sqlite's default BEGIN IMMEDIATE takes the write lock, which a
            // read-only connection cannot have. The snapshot starts at the first query.
            await using var transaction = connection.BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(transaction, context.HttpContext.RequestAborted);
            try
            {
                await next();
            }
            finally
            {
                await db.Database.UseTransactionAsync(null);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

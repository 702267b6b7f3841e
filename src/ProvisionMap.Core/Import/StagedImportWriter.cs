using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProvisionMap.Core.Data;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Writes an import into a staging copy beside the live SQLite file and copies it over the live database only when the
/// write has finished and the copy passes <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>.
/// </summary>
/// <remarks>
/// The copy back uses SQLite's online backup API, which replaces every page of the live database in one write
/// transaction. In WAL mode a reader keeps its snapshot until its statement ends, so a page shows either the old data or
/// the new, and a killed or failed import leaves the live file untouched. Renaming the staging file over the live one
/// would not be safe: pooled connections in the web process keep the old inode open, and the old <c>-wal</c> and
/// <c>-shm</c> files would be applied to the new file.
/// </remarks>
internal sealed class StagedImportWriter(ILogger logger)
{
    /// <summary>True when the context's data source is a file, so a staging copy can be made beside it.</summary>
    public static bool CanStage(ProvisionMapDbContext db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        return !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory;
    }

    public async Task WriteAsync(ProvisionMapDbContext db, ImportPlan plan, int warningCount, CancellationToken cancellationToken)
    {
        var liveBuilder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var livePath = Path.GetFullPath(liveBuilder.DataSource);
        var stagingPath = ImportStagingFile.PathFor(livePath, Environment.ProcessId);
        RemoveAbandonedStagingFiles(livePath);

        try
        {
            await using var staging = new SqliteConnection(ConnectionString(liveBuilder, stagingPath, SqliteOpenMode.ReadWriteCreate));
            await staging.OpenAsync(cancellationToken);
            var importsBefore = await CopyLiveAsync(liveBuilder, livePath, staging, cancellationToken);

            // The staging file is thrown away on any failure, so it needs neither a journal file nor fsync.
            await ExecuteAsync(staging, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;", cancellationToken);
            var options = new DbContextOptionsBuilder<ProvisionMapDbContext>().UseSqlite(staging).Options;
            await using (var stagingDb = new ProvisionMapDbContext(options))
            {
                await stagingDb.Database.MigrateAsync(cancellationToken);
                await new ImportPlanWriter(stagingDb).WriteAsync(plan, warningCount, cancellationToken);
            }

            await CheckAsync(staging, cancellationToken);
            await SwapInAsync(liveBuilder, livePath, staging, importsBefore, cancellationToken);
        }
        finally
        {
            DeleteStagingFiles(stagingPath);
        }
    }

    /// <summary>
    /// Copies the live database into the staging connection and returns the number of import runs it recorded, so the
    /// swap can tell whether another import finished in the meantime. A missing live file leaves the staging copy empty.
    /// </summary>
    private static async Task<long> CopyLiveAsync(SqliteConnectionStringBuilder liveBuilder, string livePath, SqliteConnection staging,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(livePath))
        {
            return 0;
        }

        await using var live = new SqliteConnection(ConnectionString(liveBuilder, livePath, SqliteOpenMode.ReadOnly));
        await live.OpenAsync(cancellationToken);
        live.BackupDatabase(staging);
        return await CountImportRunsAsync(live, cancellationToken);
    }

    private static async Task CheckAsync(SqliteConnection staging, CancellationToken cancellationToken)
    {
        var integrity = await ReadColumnAsync(staging, "PRAGMA integrity_check;", cancellationToken);
        if (integrity is not ["ok"])
        {
            throw new ImportCheckException($"The new database failed SQLite's integrity check: {string.Join("; ", integrity.Take(5))}.");
        }

        var foreignKeys = await ReadColumnAsync(staging, "PRAGMA foreign_key_check;", cancellationToken);
        if (foreignKeys.Count > 0)
        {
            throw new ImportCheckException(
                $"The new database has {foreignKeys.Count} rows whose foreign keys point nowhere, first in table {foreignKeys[0]}.");
        }
    }

    private async Task SwapInAsync(SqliteConnectionStringBuilder liveBuilder, string livePath, SqliteConnection staging, long importsBefore,
        CancellationToken cancellationToken)
    {
        await using var live = new SqliteConnection(ConnectionString(liveBuilder, livePath, SqliteOpenMode.ReadWriteCreate));
        await live.OpenAsync(cancellationToken);

        // NOTE: another import that finishes between this check and the backup below would be overwritten. Imports are
        // run by hand, one at a time, so the window is accepted rather than serialised with a lock file.
        var importsNow = await CountImportRunsAsync(live, cancellationToken);
        if (importsNow != importsBefore)
        {
            throw new ImportCheckException("Another import changed the database while this one was running.");
        }

        // The backup waits for a writer in another process through this busy timeout instead of failing at once.
        await ExecuteAsync(live, "PRAGMA busy_timeout=30000;", cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        staging.BackupDatabase(live);
        StagedImportLog.Swapped(logger, livePath, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>Deletes staging files left by import processes that no longer run, such as one that was killed.</summary>
    private void RemoveAbandonedStagingFiles(string livePath)
    {
        var folder = Path.GetDirectoryName(livePath)!;
        if (!Directory.Exists(folder))
        {
            return;
        }

        var pattern = Path.GetFileName(livePath) + ImportStagingFile.Marker + "*" + ImportStagingFile.Extension;
        foreach (var path in Directory.EnumerateFiles(folder, pattern))
        {
            var processId = ImportStagingFile.ProcessIdOf(livePath, path);
            if (processId is not null && !IsRunning(processId.Value))
            {
                StagedImportLog.AbandonedStagingFile(logger, path);
                DeleteStagingFiles(path);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteStagingFiles(string stagingPath)
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(stagingPath + suffix);
        }
    }

    private static string ConnectionString(SqliteConnectionStringBuilder template, string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder(template.ToString()) { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static async Task<long> CountImportRunsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = await ReadColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ImportRuns';", cancellationToken);
        if (tables.Count == 0)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ImportRuns;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<string>> ReadColumnAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }
}

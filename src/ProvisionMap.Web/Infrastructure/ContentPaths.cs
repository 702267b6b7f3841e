using Microsoft.Data.Sqlite;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Resolves configured file paths against the content root, so that the site finds its data and database
/// whichever directory it is started from.
/// </summary>
public static class ContentPaths
{
    public static string Resolve(string contentRoot, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));

    /// <summary>
    /// Rewrites a relative SQLite data source as an absolute path and creates its directory.
    /// In-memory and shared-cache data sources are returned unchanged.
    /// </summary>
    public static string ResolveSqlite(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        builder.DataSource = Resolve(contentRoot, builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}

using Microsoft.Data.Sqlite;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// The connection string the site's DbContext uses: writable while start-up migrates and imports, then read-only once
/// the site serves, so that only an import (which opens its own connections) can change the database.
/// </summary>
public sealed class DatabaseAccess(string connectionString)
{
    private volatile bool _readOnly;

    public string ConnectionString => _readOnly ? ReadOnlyConnectionString : connectionString;

    public bool IsReadOnly => _readOnly;

    private string ReadOnlyConnectionString
    {
        get
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);

            // An in-memory database exists only through its connections, so it cannot be reopened read-only.
            if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                return connectionString;
            }

            builder.Mode = SqliteOpenMode.ReadOnly;
            return builder.ToString();
        }
    }

    /// <summary>Makes every DbContext created from now on open the database read-only.</summary>
    public void SwitchToReadOnly() => _readOnly = true;
}

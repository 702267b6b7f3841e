using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Import;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// A SQLite database file created by the app's migrations in a temporary folder of its own, which also contains the
/// CSV files a test writes. Dispose deletes the folder.
/// </summary>
public sealed class ImportTestDatabase : IDisposable
{
    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    private readonly string _folder;

    private readonly string _connectionString;

    public ImportTestDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"provisionmap-import-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);

        // Without pooling, every connection closes with its context, so Dispose can delete the file.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder, "provisionmap.db"),
            Pooling = false,
        }.ToString();

        using var db = CreateContext();
        db.Database.Migrate();
    }

    /// <summary>The folder that contains ProvisionMap.sln.</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    public static string RealProvisionMapPath => Path.Combine(RepositoryRoot, "data", "provision-map.csv");

    public static string RealSectionsPath => Path.Combine(RepositoryRoot, "data", "sections.csv");

    public static string RealAuthoritiesPath => Path.Combine(RepositoryRoot, "data", "local-authorities.csv");

    public static string RealVocabularyPath => Path.Combine(RepositoryRoot, "data", "vocabulary.csv");

    /// <summary>The tables an import fills, without the migrations history table.</summary>
    public static IReadOnlyList<string> AppTables { get; } =
    [
        "ImportRuns", "LocalAuthorities", "ProvisionAuthorities", "ProvisionFocuses", "Provisions", "ProvisionTerms", "Sections", "Subsections",
        "VocabularyTerms", "ProvisionSearch",
    ];

    public string DatabasePath => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    /// <summary>Opens a new context on the database. The caller disposes it.</summary>
    /// <param name="busyTimeoutSeconds">How long a command waits for a lock held by another connection.</param>
    public ProvisionMapDbContext CreateContext(int busyTimeoutSeconds = 30)
    {
        var connectionString = new SqliteConnectionStringBuilder(_connectionString) { DefaultTimeout = busyTimeoutSeconds }.ToString();
        var options = new DbContextOptionsBuilder<ProvisionMapDbContext>().UseSqlite(connectionString).Options;
        return new ProvisionMapDbContext(options);
    }

    /// <summary>Writes a UTF-8 file without a byte order mark into the test's folder and returns its path.</summary>
    public string WriteFile(string fileName, string text) =>
        WriteFile(fileName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public string WriteFile(string fileName, byte[] bytes)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// Runs the importer on a provision-map file, with the real authorities, section notes and vocabulary, through a context
    /// of its own, as the app's import command does.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string provisionMapPath, bool dryRun = false)
    {
        await using var db = CreateContext();
        var importer = new ProvisionMapImporter(db, NullLogger<ProvisionMapImporter>.Instance);
        var request = new ImportRequest(provisionMapPath, RealAuthoritiesPath, RealSectionsPath, dryRun, RealVocabularyPath);
        return await importer.ImportAsync(request);
    }

    public Task<ImportReport> ImportRealMapAsync(bool dryRun = false) => ImportAsync(RealProvisionMapPath, dryRun);

    /// <summary>
    /// Lists every row of every table, ids included, as "Table: column=value, ...", sorted ordinally. Two databases
    /// with the same contents give equal lists whatever order their rows were written in.
    /// </summary>
    public async Task<IReadOnlyList<string>> DumpAsync(params string[] excludedTables)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();

        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            // The search index's shadow tables store its segments, whose layout depends on the order of past writes,
            // so only the indexed documents themselves (the ProvisionSearch table) are compared.
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
                "AND name NOT LIKE 'ProvisionSearch\\_%' ESCAPE '\\' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables.Where(table => !excludedTables.Contains(table)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(index => $"{reader.GetName(index)}={FormatCell(reader.GetValue(index))}");
                rows.Add($"{table}: {string.Join(", ", cells)}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Counts the rows of one table.</summary>
    public async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string FormatCell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        string text => $"\"{text}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ProvisionMap.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains ProvisionMap.sln.");
    }
}

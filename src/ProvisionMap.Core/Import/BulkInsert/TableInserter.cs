using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ProvisionMap.Core.Import.BulkInsert;

/// <summary>
/// Inserts entities of one type with prepared multi-row INSERT statements on the caller's connection and
/// transaction, bypassing EF Core change tracking. Table, columns and value converters come from the EF Core model,
/// so a new mapped property is written without changes here.
/// </summary>
/// <remarks>
/// The caller sets every key and foreign key value first: nothing is generated or fixed up, and navigation
/// properties are not followed. Entities must be added parents first because SQLite checks foreign keys per row.
/// </remarks>
internal sealed class TableInserter<TEntity> : IAsyncDisposable where TEntity : class
{
    // Microsoft.Data.Sqlite binds each parameter by name, and SQLite finds a name by scanning the statement's
    // parameter list, so binding costs grow with the square of the parameter count. A few hundred parameters keep
    // that small while still sharing one statement execution among many rows.
    private const int MaxParametersPerStatement = 200;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<Column> _columns;
    private readonly int _rowsPerStatement;
    private readonly List<TEntity> _pending = [];
    private DbCommand? _fullStatement;

    private TableInserter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<Column> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        _rowsPerStatement = Math.Max(1, MaxParametersPerStatement / columns.Count);
    }

    /// <summary>Number of rows written so far.</summary>
    public int RowCount { get; private set; }

    public static TableInserter<TEntity> Create(DbContext db, DbTransaction transaction)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity type of {db.GetType().Name}.");
        var table = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");

        var columns = entityType.GetProperties().Select(Column.For).ToList();
        return new TableInserter<TEntity>(db.Database.GetDbConnection(), transaction, table, columns);
    }

    public async Task AddAsync(TEntity entity, CancellationToken cancellationToken)
    {
        _pending.Add(entity);
        if (_pending.Count == _rowsPerStatement)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task AddRangeAsync(IEnumerable<TEntity> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            await AddAsync(entity, cancellationToken);
        }
    }

    /// <summary>Writes the rows added since the last statement.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        if (_pending.Count == _rowsPerStatement)
        {
            _fullStatement ??= CreateStatement(_rowsPerStatement);
            await ExecuteAsync(_fullStatement, cancellationToken);
            return;
        }

        // Only the last statement of a table has fewer rows, so its command is not kept.
        await using var partial = CreateStatement(_pending.Count);
        await ExecuteAsync(partial, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullStatement is not null)
        {
            await _fullStatement.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var parameters = command.Parameters;
        for (var row = 0; row < _pending.Count; row++)
        {
            var entity = _pending[row];
            for (var column = 0; column < _columns.Count; column++)
            {
                parameters[row * _columns.Count + column].Value = _columns[column].ReadProviderValue(entity);
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        RowCount += _pending.Count;
        _pending.Clear();
    }

    private DbCommand CreateStatement(int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(Quote(_table)).Append(" (")
            .AppendJoin(", ", _columns.Select(column => Quote(column.Name)))
            .Append(") VALUES ");

        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Count; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{row}_{column}";
                command.Parameters.Add(parameter);
                text.Append(column == 0 ? "" : ", ").Append(parameter.ParameterName);
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        command.Prepare();
        return command;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>A mapped property: its column name and a compiled read of its value in the form the database stores.</summary>
    private sealed class Column(string name, Func<TEntity, object?> read, Func<object?, object?>? convert)
    {
        public string Name { get; } = name;

        public object ReadProviderValue(TEntity entity)
        {
            var value = read(entity);
            if (value is null)
            {
                return DBNull.Value;
            }

            if (convert is not null)
            {
                return convert(value) ?? DBNull.Value;
            }

            // EF Core stores an enum without a converter as its number.
            return value is Enum ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : value;
        }

        public static Column For(IProperty property)
        {
            if (property.PropertyInfo is null)
            {
                throw new InvalidOperationException(
                    $"{typeof(TEntity).Name}.{property.Name} is a shadow property, which {nameof(TableInserter<TEntity>)} cannot read. " +
                    "Add it to the entity class or write the entity through EF Core.");
            }

            var entity = Expression.Parameter(typeof(TEntity), "entity");
            var read = Expression.Lambda<Func<TEntity, object?>>(
                Expression.Convert(Expression.Property(entity, property.PropertyInfo), typeof(object)), entity).Compile();
            var converter = property.GetTypeMapping().Converter;
            return new Column(property.GetColumnName(), read, converter is null ? null : converter.ConvertToProvider);
        }
    }
}

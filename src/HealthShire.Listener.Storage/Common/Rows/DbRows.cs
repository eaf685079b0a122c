using System.Data.Common;
using System.Runtime.CompilerServices;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>Runs a command and turns its rows into values, the same way on every store.</summary>
internal static class DbRows
{
    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The rows one by one as the reader hands them over, so a large result is never held whole.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        DbCommand command,
        Func<DbDataReader, T> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }

    /// <summary>The first row, or the default when there is none.</summary>
    public static async Task<T?> ReadFirstAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    /// <summary>A flag column: SQLite keeps 0/1 integers and PostgreSQL booleans; both read as bool, NULL as false.</summary>
    public static bool IsSet(DbDataReader reader, int ordinal) => !reader.IsDBNull(ordinal) && reader.GetBoolean(ordinal);

    public static string? StringOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

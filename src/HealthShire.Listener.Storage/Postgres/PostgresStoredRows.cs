using HealthShire.Listener.Storage.Common.Rollups;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>Finds stored posts by (source, source id), and reads what they count for in the rollups.</summary>
internal static class PostgresStoredRows
{
    /// <summary>The columns read into a <see cref="RollupRow"/>, from a table aliased <c>p</c>.</summary>
    public const string Columns =
        "p.community, p.created_at, p.topic, COALESCE(p.is_question, false), COALESCE(p.is_medication_question, false), " +
        "COALESCE(p.is_crisis, false), p.reply_count, p.flags, COALESCE(p.medications, '')";

    private const string Keys = "unnest($1::text[], $2::text[]) AS k (source, source_id)";

    /// <summary>Which of the keys are stored, without locking them.</summary>
    public static async Task<HashSet<(string Source, string SourceId)>> ExistingAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<(string Source, string SourceId)> keys,
        CancellationToken cancellationToken)
    {
        var existing = new HashSet<(string, string)>();
        await using var command = Command(
            connection, transaction, $"SELECT p.source, p.source_id FROM posts p JOIN {Keys} ON p.source = k.source AND p.source_id = k.source_id;", keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add((reader.GetString(0), reader.GetString(1)));
        }

        return existing;
    }

    /// <summary>
    /// Locks the stored posts of the keys until the transaction ends and reads their rollup state. Locks are taken
    /// in key order, the same on every node, so two writers of overlapping posts queue instead of deadlocking.
    /// </summary>
    public static async Task<Dictionary<(string Source, string SourceId), RollupRow>> LockAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<(string Source, string SourceId)> keys,
        CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, string), RollupRow>();
        if (keys.Count == 0)
        {
            return rows;
        }

        await using var command = Command(
            connection,
            transaction,
            $"""
            SELECT p.source, p.source_id, {Columns} FROM posts p JOIN {Keys} ON p.source = k.source AND p.source_id = k.source_id
            ORDER BY p.source COLLATE "C", p.source_id COLLATE "C"
            FOR UPDATE OF p;
            """,
            keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)), ReadRow(reader, 2));
        }

        return rows;
    }

    /// <summary>Reads <see cref="Columns"/> starting at <paramref name="first"/>.</summary>
    public static RollupRow ReadRow(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetFieldValue<DateTimeOffset>(first + 1).ToUnixTimeMilliseconds(),
        reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
        reader.GetBoolean(first + 3),
        reader.GetBoolean(first + 4),
        reader.GetBoolean(first + 5),
        reader.GetInt32(first + 6),
        reader.GetInt32(first + 7),
        reader.GetString(first + 8));

    /// <summary>The distinct keys in ordinal order.</summary>
    public static List<(string Source, string SourceId)> Sorted(IEnumerable<(string Source, string SourceId)> keys) =>
    [
        .. keys.Distinct()
            .OrderBy(key => key.Source, StringComparer.Ordinal)
            .ThenBy(key => key.SourceId, StringComparer.Ordinal),
    ];

    private static NpgsqlCommand Command(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, IReadOnlyList<(string Source, string SourceId)> keys)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Select(key => key.Source)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Select(key => key.SourceId)] });
        return command;
    }
}

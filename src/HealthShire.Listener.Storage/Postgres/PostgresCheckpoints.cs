using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Storage.Common.Posts;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>Writes checkpoints inside the transaction of the posts they cover.</summary>
internal static class PostgresCheckpoints
{
    private static string UpsertSql(string from) => $"""
        INSERT INTO checkpoints (source, key, value, updated_at)
        SELECT u.source, u.key, u.value, u.updated_at FROM {from}
        ORDER BY u.ordinality
        ON CONFLICT (source, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
        """;

    /// <summary>
    /// The upsert of <paramref name="checkpoints"/>, or null when there are none. One without a time (the default
    /// value) is stamped <paramref name="now"/>; of two for the same key the last wins, as if written one by one.
    /// </summary>
    public static NpgsqlBatchCommand? Upsert(IReadOnlyList<Checkpoint> checkpoints, DateTimeOffset now)
    {
        if (checkpoints.Count == 0)
        {
            return null;
        }

        var last = checkpoints
            .GroupBy(checkpoint => (checkpoint.Source, checkpoint.Key))
            .Select(group => group.Last())
            .OrderBy(checkpoint => checkpoint.Source, StringComparer.Ordinal)
            .ThenBy(checkpoint => checkpoint.Key, StringComparer.Ordinal)
            .ToList();
        var columns = new UnnestColumns();
        columns.Add<string>("source", "text").AddRange(last.Select(checkpoint => checkpoint.Source));
        columns.Add<string>("key", "text").AddRange(last.Select(checkpoint => checkpoint.Key));
        columns.Add<string>("value", "text").AddRange(last.Select(checkpoint => checkpoint.Value));
        columns.Add<DateTimeOffset>("updated_at", "timestamptz")
            .AddRange(last.Select(checkpoint => CheckpointTimes.UpdatedAt(checkpoint, now).ToUniversalTime()));

        var command = new NpgsqlBatchCommand(UpsertSql(columns.From("u", 1)));
        columns.AddParameters(command.Parameters);
        return command;
    }
}

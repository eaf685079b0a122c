using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rollups;
using HealthShire.Listener.Storage.Postgres.Rollups;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// The changes of one transaction to stored posts, one per post, written by a single UPDATE over an unnest of all of
/// them; their rollup moves are collected alongside.
/// </summary>
internal sealed class PostgresPostChanges(ListenerCalendar calendar)
{
    private readonly Dictionary<(string Source, string SourceId), PostgresPostChange> _changes = [];

    public RollupChanges Rollups { get; } = new(calendar);

    /// <summary>The change of a stored post, started from what it counted for before the batch.</summary>
    public PostgresPostChange For((string Source, string SourceId) key, RollupRow? before, RollupRow state)
    {
        if (!_changes.TryGetValue(key, out var change))
        {
            change = new PostgresPostChange(key, before, state);
            _changes.Add(key, change);
        }

        return change;
    }

    /// <summary>
    /// Writes every change, applies the rollup moves and runs <paramref name="alongside"/> (null: nothing), in one
    /// round trip inside the transaction.
    /// </summary>
    public async Task WriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        DateTimeOffset now,
        NpgsqlBatchCommand? alongside,
        CancellationToken cancellationToken)
    {
        var columns = new UnnestColumns();
        var source = columns.Add<string>("source", "text");
        var sourceId = columns.Add<string>("source_id", "text");
        var restate = columns.Add<bool>("restate", "boolean");
        var additive = columns.Add<bool>("additive", "boolean");
        var score = columns.Add<int>("score", "integer");
        var replyCount = columns.Add<int>("reply_count", "integer");
        var flags = columns.Add<int>("flags", "integer");
        var seen = columns.Add<bool>("seen", "boolean");
        var clearText = columns.Add<bool>("clear_text", "boolean");
        var retag = columns.Add<bool>("retag", "boolean");
        var tags = new PostgresTagColumns(columns);
        foreach (var change in _changes.Values)
        {
            Rollups.Move(change.Key.Source, change.Before, change.State);
            if (change.IsEmpty)
            {
                continue;
            }

            source.Add(change.Key.Source);
            sourceId.Add(change.Key.SourceId);
            restate.Add(change.Counts is not null);
            additive.Add(change.Additive);
            score.Add(change.Counts?.Score ?? 0);
            replyCount.Add(change.Counts?.ReplyCount ?? 0);
            flags.Add((int)(change.Counts?.Flags ?? 0));
            seen.Add(change.Seen);
            clearText.Add(change.ClearText);
            retag.Add(change.Tags is not null);
            tags.Add(change.Tags);
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        if (source.Count > 0)
        {
            var update = new NpgsqlBatchCommand(UpdateSql(columns.From("u", 2)));
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
            columns.AddParameters(update.Parameters);
            batch.BatchCommands.Add(update);
        }

        foreach (var command in PostgresRollups.Commands(Rollups).Append(alongside).OfType<NpgsqlBatchCommand>())
        {
            batch.BatchCommands.Add(command);
        }

        _changes.Clear();
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // $1 is the time of the write; the rows come from the unnest.
    private static string UpdateSql(string from)
    {
        var retags = PostgresTagColumns.Names.Select(name => $"{name} = CASE WHEN u.retag THEN u.{name} ELSE p.{name} END");
        return $"""
            UPDATE posts AS p SET
                score = CASE WHEN NOT u.restate THEN p.score WHEN u.additive THEN p.score + u.score ELSE u.score END,
                reply_count = CASE WHEN NOT u.restate THEN p.reply_count WHEN u.additive THEN p.reply_count + u.reply_count ELSE u.reply_count END,
                flags = CASE WHEN NOT u.restate THEN p.flags WHEN u.additive THEN p.flags | u.flags ELSE u.flags END,
                last_seen_at = CASE WHEN u.seen THEN $1 ELSE p.last_seen_at END,
                title = CASE WHEN u.clear_text THEN '' ELSE p.title END,
                body = CASE WHEN u.clear_text THEN '' ELSE p.body END,
                {string.Join(",\n    ", retags)},
                {PostgresTagColumns.TaggedAt} = CASE WHEN u.retag THEN $1 ELSE p.{PostgresTagColumns.TaggedAt} END
            FROM {from}
            WHERE p.source = u.source AND p.source_id = u.source_id;
            """;
    }
}

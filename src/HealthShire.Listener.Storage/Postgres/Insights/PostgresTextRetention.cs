using HealthShire.Listener.Storage.Common.Insights;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Clears the text of old posts in batches (<see cref="TextRetentionBatches"/>), on whichever node runs it.</summary>
internal sealed class PostgresTextRetention(PostgresDatabase database)
{
    // The outer test on the text is checked again on a row another node cleared meanwhile, so such a row is not
    // counted twice. Rows a collection pass holds are skipped rather than waited for: writers lock in key order and
    // this batch would not, so waiting could deadlock; a skipped row is cleared by the next daily run.
    // $1 from, $2 before, $3 batch size.
    private const string ClearBatchSql = """
        UPDATE posts SET title = '', body = ''
        WHERE id IN (
            SELECT id FROM posts
            WHERE created_at >= $1 AND created_at < $2 AND (title <> '' OR body <> '')
            ORDER BY created_at
            LIMIT $3
            FOR UPDATE SKIP LOCKED)
          AND (title <> '' OR body <> '')
        RETURNING created_at;
        """;

    public async Task<int> ClearOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await TextRetentionBatches.ClearAsync(
            connection,
            (transaction, from) =>
            {
                var command = new NpgsqlCommand(ClearBatchSql, connection, (NpgsqlTransaction)transaction);
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = from });
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = createdBefore.ToUniversalTime() });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = TextRetentionBatches.BatchSize });
                return command;
            },
            PostgresTime.Read,
            cancellationToken);
    }
}

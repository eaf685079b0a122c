using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// Clears the text of old posts in short transactions of a few thousand rows each, so that a first run over a large
/// store never holds row locks long enough to stall collection on any node.
/// </summary>
internal sealed class PostgresTextRetention(PostgresDatabase database)
{
    public const int BatchSize = 2_000;

    // The walk goes forward by created_at; rows at the cursor's own instant are looked at again but no longer match
    // once cleared, so the loop ends when a batch changes nothing. The outer test on the text is checked again on a
    // row another node cleared meanwhile, so such a row is not counted twice.
    private const string ClearBatchSql = """
        UPDATE posts SET title = '', body = ''
        WHERE id IN (
            SELECT id FROM posts
            WHERE created_at >= $1 AND created_at < $2 AND (title <> '' OR body <> '')
            ORDER BY created_at
            LIMIT $3)
          AND (title <> '' OR body <> '')
        RETURNING created_at;
        """;

    public async Task<int> ClearOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var before = createdBefore.ToUniversalTime();
        var from = DateTimeOffset.MinValue;
        var cleared = 0;
        await using var connection = await database.OpenAsync(cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ClearBatchSql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = from });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = before });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            var changed = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    changed++;
                    var createdAt = reader.GetFieldValue<DateTimeOffset>(0);
                    from = createdAt > from ? createdAt : from;
                }
            }

            await transaction.CommitAsync(cancellationToken);
            cleared += changed;
            if (changed == 0)
            {
                return cleared;
            }
        }
    }
}

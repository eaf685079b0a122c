using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// Clears the text of old posts in short transactions of a few thousand rows each, so that a first
/// run over a large store never holds the write lock long enough to stall collection.
/// </summary>
internal sealed class SqliteTextRetention(SqliteDatabase database)
{
    public const int BatchSize = 2_000;

    // The walk goes forward by created_at; rows at the cursor's own millisecond are looked at again
    // but no longer match once cleared, so the loop ends when a batch changes nothing.
    private const string ClearBatchSql = """
        UPDATE posts SET title = '', body = ''
        WHERE id IN (
            SELECT id FROM posts
            WHERE created_at >= $from AND created_at < $before AND (title <> '' OR body <> '')
            ORDER BY created_at
            LIMIT $batch_size)
        RETURNING created_at;
        """;

    public async Task<int> ClearOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var before = SqliteTime.ToStored(createdBefore);
        var from = long.MinValue;
        var cleared = 0;
        await using var connection = await database.OpenAsync(cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = ClearBatchSql;
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$before", before);
            command.Parameters.AddWithValue("$batch_size", BatchSize);
            var changed = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    changed++;
                    from = Math.Max(from, reader.GetInt64(0));
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

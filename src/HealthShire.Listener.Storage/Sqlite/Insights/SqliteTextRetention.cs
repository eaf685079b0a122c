using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>Clears the text of old posts in batches (<see cref="TextRetentionBatches"/>).</summary>
internal sealed class SqliteTextRetention(SqliteDatabase database)
{
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
        await using var connection = await database.OpenAsync(cancellationToken);
        return await TextRetentionBatches.ClearAsync(
            connection,
            (transaction, from) =>
            {
                var command = connection.CreateCommand();
                command.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
                command.CommandText = ClearBatchSql;
                command.Parameters.AddWithValue("$from", SqliteTime.ToStored(from));
                command.Parameters.AddWithValue("$before", SqliteTime.ToStored(createdBefore));
                command.Parameters.AddWithValue("$batch_size", TextRetentionBatches.BatchSize);
                return command;
            },
            SqliteTime.Read,
            cancellationToken);
    }
}

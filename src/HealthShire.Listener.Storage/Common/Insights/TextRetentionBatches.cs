using System.Data.Common;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>
/// Clears the text of old posts in short transactions of a few thousand rows each, so that a first run over a large
/// store never holds its locks long enough to stall collection.
/// </summary>
internal static class TextRetentionBatches
{
    public const int BatchSize = 2_000;

    /// <summary>
    /// Runs batches until one changes nothing. <paramref name="batch"/> makes the command that clears, in the given
    /// transaction, at most <see cref="BatchSize"/> posts created at or after the cursor, returning their created_at.
    /// The walk goes forward by created_at; rows at the cursor's own instant are looked at again but no longer match
    /// once cleared.
    /// </summary>
    /// <returns>The number of posts cleared.</returns>
    public static async Task<int> ClearAsync(
        DbConnection connection,
        Func<DbTransaction, DateTimeOffset, DbCommand> batch,
        TimeReader time,
        CancellationToken cancellationToken)
    {
        var from = DateTimeOffset.MinValue;
        var cleared = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = batch(transaction, from);
            var changed = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    changed++;
                    var createdAt = time(reader, 0);
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

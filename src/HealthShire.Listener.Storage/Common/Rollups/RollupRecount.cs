using System.Data.Common;

namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>Counts stored posts afresh, as when a store's days are cut again in another zone.</summary>
internal static class RollupRecount
{
    /// <summary>
    /// Adds every row of <paramref name="reader"/> to <paramref name="rollups"/> as a new post: the row's source first,
    /// then the columns <paramref name="readRow"/> reads from ordinal 1.
    /// </summary>
    /// <returns>The number of posts counted.</returns>
    public static async Task<long> AddAllAsync<TReader>(
        TReader reader,
        Func<TReader, int, RollupRow> readRow,
        RollupChanges rollups,
        CancellationToken cancellationToken)
        where TReader : DbDataReader
    {
        var posts = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            rollups.Move(reader.GetString(0), null, readRow(reader, 1));
            posts++;
        }

        return posts;
    }
}

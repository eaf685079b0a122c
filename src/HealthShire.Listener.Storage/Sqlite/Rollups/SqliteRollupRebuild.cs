using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite.Rollups;

/// <summary>
/// Keeps the rollups cut in the configured zone: on a store that has none yet (just migrated to
/// version 2) or whose zone changed, recounts every day from the stored posts in one transaction.
/// </summary>
internal sealed class SqliteRollupRebuild(SqliteDatabase database, ListenerCalendar calendar, ILogger logger)
{
    /// <returns>True when the rollups were rebuilt.</returns>
    public async Task<bool> EnsureZoneAsync(CancellationToken cancellationToken)
    {
        var zone = ListenerTimeZone.StableId(calendar.TimeZone);
        await using var connection = await database.OpenAsync(cancellationToken);

        // An immediate transaction: two processes starting at once take turns and the second sees the zone recorded.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var previous = SqliteStoreSettings.Read(connection, transaction, StoreSettings.RollupTimeZone);
        if (previous == zone)
        {
            return false;
        }

        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM post_day_counts; DELETE FROM post_day_medication_counts;";
            clear.ExecuteNonQuery();
        }

        var rollups = new RollupChanges(calendar);
        long posts;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT source, {SqliteStoredRows.Columns} FROM posts WHERE topic IS NOT NULL;";
            using var reader = read.ExecuteReader();
            posts = await RollupRecount.AddAllAsync(reader, SqliteStoredRows.ReadRow, rollups, cancellationToken);
        }

        SqliteRollups.Apply(connection, transaction, rollups);
        SqliteStoreSettings.Write(connection, transaction, StoreSettings.RollupTimeZone, zone);
        await transaction.CommitAsync(cancellationToken);
        database.Changes.Note();
        SqliteStoreLog.RollupsRebuilt(logger, previous ?? "(none)", zone, posts);
        return true;
    }
}

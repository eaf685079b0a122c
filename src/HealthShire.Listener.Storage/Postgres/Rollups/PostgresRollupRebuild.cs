using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Rollups;

/// <summary>
/// Keeps the rollups cut in one zone for every node: on a database that has none recorded yet (just created) the
/// configured zone is recorded; when the configured zone differs from the recorded one, the process refuses to start,
/// unless it was started to move the store to the new zone (<c>Store:RecutDays</c>), which recounts every day from the
/// stored posts in one transaction. Without that refusal, a node or a command with another zone would recount the days
/// while the other nodes go on counting in the old zone, and the counts would drift apart for good.
/// </summary>
internal sealed class PostgresRollupRebuild(PostgresDatabase database, ListenerCalendar calendar, ILogger logger, bool recutOnZoneChange)
{
    /// <summary>The advisory lock key of the zone check (an arbitrary constant: "HSLR" in ASCII).</summary>
    private const long RebuildLock = 0x48534C52;

    /// <returns>True when the rollups were rebuilt.</returns>
    public async Task<bool> EnsureZoneAsync(CancellationToken cancellationToken)
    {
        var zone = ListenerTimeZone.StableId(calendar.TimeZone);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Nodes starting together take turns, and the later ones find the zone recorded.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({RebuildLock});", cancellationToken);
        var previous = await PostgresStoreSettings.ReadAsync(connection, transaction, StoreSettings.RollupTimeZone, cancellationToken);

        if (previous == zone)
        {
            return false;
        }

        if (previous is not null && !recutOnZoneChange)
        {
            throw new OptionsValidationException(
                ListenerOptions.SectionName,
                typeof(ListenerOptions),
                [
                    $"{ListenerOptions.SectionName}:{nameof(ListenerOptions.TimeZone)} is '{zone}', but this PostgreSQL store's days are cut in " +
                    $"'{previous}', and every node must cut them in one zone. Set {ListenerOptions.SectionName}__{nameof(ListenerOptions.TimeZone)}={previous}; " +
                    $"or, to move the store to '{zone}', stop every node, run one command with " +
                    $"{StoreOptions.SectionName}__{nameof(StoreOptions.RecutDays)}=true (it recounts every day), then start the nodes with the new zone.",
                ]);
        }

        // Writers of other nodes finish first and wait until the recount is committed, so none of their moves is lost.
        await ExecuteAsync(
            connection, transaction, "LOCK TABLE posts IN SHARE MODE; DELETE FROM post_day_counts; DELETE FROM post_day_topic_counts; DELETE FROM post_day_medication_counts;", cancellationToken);

        var changes = new RollupChanges(calendar);
        long posts;
        await using (var read = new NpgsqlCommand($"SELECT p.source, {PostgresStoredRows.Columns} FROM posts p WHERE p.topic IS NOT NULL;", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            posts = await RollupRecount.AddAllAsync(reader, PostgresStoredRows.ReadRow, changes, cancellationToken);
        }

        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var command in PostgresRollups.Commands(changes))
            {
                batch.BatchCommands.Add(command);
            }

            batch.BatchCommands.Add(PostgresStoreSettings.Write(StoreSettings.RollupTimeZone, zone));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        database.Changes.Note();
        PostgresStoreLog.RollupsRebuilt(logger, previous ?? "(none)", zone, posts);
        return true;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

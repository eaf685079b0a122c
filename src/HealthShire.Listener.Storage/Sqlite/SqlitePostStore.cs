using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Common.Rollups;
using HealthShire.Listener.Storage.Sqlite.Migrations;
using HealthShire.Listener.Storage.Sqlite.Rollups;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>
/// The store on one SQLite file. Each operation opens a pooled connection; writes run in one
/// transaction each, so a failure leaves nothing half-written and the exception propagates.
/// Every write that changes what a post counts for moves its counts in the day rollups within
/// the same transaction.
/// </summary>
internal sealed class SqlitePostStore(
    SqliteDatabase database,
    SqlitePostQueries queries,
    ListenerCalendar calendar,
    TimeProvider timeProvider,
    ILogger<SqlitePostStore> logger) : PostStoreReads(queries), IPostStore
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var (from, to) = await new SqliteMigrator(database, timeProvider).MigrateAsync(cancellationToken);
        if (from == to)
        {
            SqliteStoreLog.SchemaCurrent(logger, database.Location.DatabasePath, to);
        }
        else
        {
            SqliteStoreLog.Migrated(logger, database.Location.DatabasePath, from, to);
        }

        await new SqliteRollupRebuild(database, calendar, logger).EnsureZoneAsync(cancellationToken);
    }

    public Task<SaveResult> SaveBatchAsync(
        IReadOnlyList<ClassifiedPost> posts,
        IReadOnlyList<Checkpoint> checkpoints,
        CancellationToken cancellationToken)
    {
        if (posts.Count == 0 && checkpoints.Count == 0)
        {
            return Task.FromResult(new SaveResult(0, 0));
        }

        var now = timeProvider.GetUtcNow();
        var seenAt = SqliteTime.ToStored(now);
        return WriteAsync(
            (connection, transaction) =>
            {
                int inserted;
                var rollups = new RollupChanges(calendar);
                using (var upsert = new PostUpsertCommand(connection, transaction))
                {
                    inserted = upsert.ExecuteAll(posts, seenAt, rollups, cancellationToken);
                }

                SqliteRollups.Apply(connection, transaction, rollups);

                using var checkpoint = new CheckpointUpsertCommand(connection, transaction);
                foreach (var item in checkpoints)
                {
                    checkpoint.Execute(item, now);
                }

                return new SaveResult(inserted, posts.Count - inserted);
            },
            cancellationToken);
    }

    public async Task<IPostBulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken) =>
        await SqliteBulkWriter.OpenAsync(database, calendar, timeProvider, cancellationToken);

    public Task<int> ApplyUpdatesAsync(string source, IReadOnlyList<PostUpdate> updates, CancellationToken cancellationToken)
    {
        var seenAt = SqliteTime.ToStored(timeProvider.GetUtcNow());
        return UpdateEachAsync(
            updates,
            PostUpdateSql.Refresh,
            update => (source, update.SourceId),
            (update, stored) => stored.Refreshed(update),
            command => PostUpdateSql.BindRefresh(command, source, seenAt),
            cancellationToken);
    }

    public Task<int> UpdateTagsAsync(IReadOnlyList<PostTagUpdate> updates, CancellationToken cancellationToken)
    {
        var taggedAt = SqliteTime.ToStored(timeProvider.GetUtcNow());
        return UpdateEachAsync(
            updates,
            PostUpdateSql.Retag,
            update => (update.Source, update.SourceId),
            (update, stored) => stored.WithTags(update.Tags),
            command => PostUpdateSql.BindRetag(command, taggedAt),
            cancellationToken);
    }

    /// <summary>
    /// Runs one prepared statement per item in one transaction, and moves the rollup counts of each
    /// changed post from its stored state to <paramref name="apply"/>'s.
    /// </summary>
    /// <returns>The number of rows changed.</returns>
    private Task<int> UpdateEachAsync<T>(
        IReadOnlyList<T> items,
        string sql,
        Func<T, (string Source, string SourceId)> identify,
        Func<T, RollupRow, RollupRow> apply,
        Func<SqliteCommand, Action<T>> addParameters,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return Task.FromResult(0);
        }

        return WriteAsync(
            (connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                var bind = addParameters(command);
                command.Prepare();
                using var existing = new SqliteStoredRows(connection, transaction);
                var rollups = new RollupChanges(calendar);
                var changed = 0;
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (source, sourceId) = identify(item);
                    if (existing.Read(source, sourceId) is not { } before)
                    {
                        continue;
                    }

                    bind(item);
                    changed += command.ExecuteNonQuery();
                    rollups.Move(source, before, apply(item, before));
                }

                SqliteRollups.Apply(connection, transaction, rollups);
                return changed;
            },
            cancellationToken);
    }

    // The rows are written synchronously: Microsoft.Data.Sqlite's async methods complete
    // synchronously anyway, and a Task per row would cost more than the row itself.
    private async Task<TResult> WriteAsync<TResult>(
        Func<SqliteConnection, SqliteTransaction, TResult> write,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var result = write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        database.Changes.Note();
        return result;
    }
}

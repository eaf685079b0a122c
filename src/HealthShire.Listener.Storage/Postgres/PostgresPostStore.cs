using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Postgres.Migrations;
using HealthShire.Listener.Storage.Postgres.Rollups;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// The post store on PostgreSQL, shared by several nodes. Each write is one transaction that moves the day rollups
/// with the posts; posts and rollup rows are locked in key order, so nodes saving overlapping batches at once queue
/// behind each other and nothing is lost or counted twice. Behaves like the SQLite store for the same calls.
/// </summary>
internal sealed class PostgresPostStore(
    PostgresDatabase database,
    ListenerCalendar calendar,
    TimeProvider timeProvider,
    ILogger<PostgresPostStore> logger,
    bool recutDaysOnZoneChange = false) : PostStoreReads(new PostgresPostQueries(database)), IPostStore
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var (from, to) = await new PostgresMigrator(database, timeProvider).MigrateAsync(cancellationToken);
        if (from == to)
        {
            PostgresStoreLog.SchemaCurrent(logger, database.Description, to);
        }
        else
        {
            PostgresStoreLog.Migrated(logger, database.Description, from, to);
        }

        await new PostgresRollupRebuild(database, calendar, logger, recutDaysOnZoneChange).EnsureZoneAsync(cancellationToken);
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
        return WriteAsync(
            (connection, transaction) => new PostgresPostUpsert(calendar).ExecuteAsync(connection, transaction, posts, checkpoints, now, cancellationToken),
            cancellationToken);
    }

    public Task<int> ApplyUpdatesAsync(string source, IReadOnlyList<PostUpdate> updates, CancellationToken cancellationToken) =>
        ChangeEachAsync(updates, update => (source, update.SourceId), (change, update) => change.Refreshed(update), cancellationToken);

    public Task<int> UpdateTagsAsync(IReadOnlyList<PostTagUpdate> updates, CancellationToken cancellationToken) =>
        ChangeEachAsync(updates, update => (update.Source, update.SourceId), (change, update) => change.Retagged(update.Tags), cancellationToken);

    /// <summary>
    /// Applies each item to its stored post in one transaction, in order, and moves the rollup counts of each changed
    /// post from its stored state to the new one. Items of posts not stored are skipped.
    /// </summary>
    /// <returns>The number of items applied.</returns>
    private Task<int> ChangeEachAsync<T>(
        IReadOnlyList<T> items,
        Func<T, (string Source, string SourceId)> identify,
        Action<PostgresPostChange, T> apply,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return Task.FromResult(0);
        }

        var now = timeProvider.GetUtcNow();
        return WriteAsync(
            async (connection, transaction) =>
            {
                var stored = await PostgresStoredRows.LockAsync(
                    connection, transaction, PostgresStoredRows.Sorted(items.Select(identify)), cancellationToken);
                var changes = new PostgresPostChanges(calendar);
                var applied = 0;
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var key = identify(item);
                    if (stored.TryGetValue(key, out var before))
                    {
                        apply(changes.For(key, before, before), item);
                        applied++;
                    }
                }

                await changes.WriteAsync(connection, transaction, now, null, cancellationToken);
                return applied;
            },
            cancellationToken);
    }

    private async Task<TResult> WriteAsync<TResult>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<TResult>> write,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        database.Changes.Note();
        return result;
    }
}

using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Rollups;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// Saves a batch of posts and checkpoints in one transaction, safe against other nodes saving the same posts at the
/// same time. New posts are inserted first (ON CONFLICT DO NOTHING, which waits for a concurrent insert of the same
/// post and then skips it); every post this transaction did not insert is then locked in key order and read, so the
/// rollups move from the state that really was stored, and updated with the rest of the batch in one statement.
/// </summary>
internal sealed class PostgresPostUpsert(ListenerCalendar calendar)
{
    public async Task<SaveResult> ExecuteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<ClassifiedPost> posts,
        IReadOnlyList<Checkpoint> checkpoints,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sightings = new Dictionary<(string Source, string SourceId), List<ClassifiedPost>>();
        var arrival = new List<(string Source, string SourceId)>();
        foreach (var post in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = (post.Post.Source, post.Post.SourceId);
            if (!sightings.TryGetValue(key, out var seen))
            {
                sightings.Add(key, seen = []);
                arrival.Add(key);
            }

            seen.Add(post);
        }

        var keys = PostgresStoredRows.Sorted(sightings.Keys);
        var existing = keys.Count == 0 ? [] : await PostgresStoredRows.ExistingAsync(connection, transaction, keys, cancellationToken);
        var inserted = await PostgresPostInsert.ExecuteAsync(
            connection, transaction, [.. arrival.Where(key => !existing.Contains(key)).Select(key => sightings[key][0])], now, cancellationToken);
        var stored = await PostgresStoredRows.LockAsync(connection, transaction, [.. keys.Where(key => !inserted.Contains(key))], cancellationToken);

        var changes = new PostgresPostChanges(calendar);
        foreach (var (key, seen) in sightings)
        {
            var isNew = inserted.Contains(key);
            var before = isNew ? (RollupRow?)null : stored.GetValueOrDefault(key);
            var state = isNew ? FirstStored(seen[0]) : before
                ?? throw new InvalidOperationException("A post vanished from the store while a batch was saved; posts are never deleted.");
            var change = changes.For(key, before, state);
            foreach (var sighting in seen.Skip(isNew ? 1 : 0))
            {
                change.Sighted(sighting);
            }
        }

        await changes.WriteAsync(connection, transaction, now, PostgresCheckpoints.Upsert(checkpoints, now), cancellationToken);
        return new SaveResult(inserted.Count, posts.Count - inserted.Count);
    }

    // Counted under the community as stored, so that later moves, which start from the stored row, find its rollup row.
    private static RollupRow FirstStored(ClassifiedPost first) =>
        RollupRow.Of(first.Post, first.Tags) with { Community = PostgresText.Storable(first.Post.Community) };
}

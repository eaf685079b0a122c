using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
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
    private static readonly string InsertSql = BuildInsertSql();

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
        var inserted = await InsertAsync(
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

    /// <summary>
    /// Inserts the posts as their first sighting stores them. Rows go in key order (so two nodes inserting the same new
    /// posts wait for each other in the same order), but ids are drawn first and handed out in the order the posts
    /// came, so the ids of a batch follow it as they do on SQLite.
    /// </summary>
    /// <returns>The keys of the posts this transaction inserted.</returns>
    private static async Task<HashSet<(string Source, string SourceId)>> InsertAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<ClassifiedPost> posts,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var inserted = new HashSet<(string, string)>();
        if (posts.Count == 0)
        {
            return inserted;
        }

        var (columns, add) = Columns();
        var ordered = posts
            .Select((post, index) => (Post: post, Position: index + 1))
            .OrderBy(item => item.Post.Post.Source, StringComparer.Ordinal)
            .ThenBy(item => item.Post.Post.SourceId, StringComparer.Ordinal);
        foreach (var (post, position) in ordered)
        {
            add(post, position);
        }

        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        columns.AddParameters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add((reader.GetString(0), reader.GetString(1)));
        }

        return inserted;
    }

    private static (UnnestColumns Columns, Action<ClassifiedPost, int> Add) Columns()
    {
        var columns = new UnnestColumns();
        var position = columns.Add<int>("position", "integer");
        var source = columns.Add<string>("source", "text");
        var sourceId = columns.Add<string>("source_id", "text");
        var community = columns.Add<string>("community", "text");
        var title = columns.Add<string>("title", "text");
        var body = columns.Add<string>("body", "text");
        var author = columns.Add<string?>("author_pseudonym", "text");
        var url = columns.Add<string>("url", "text");
        var createdAt = columns.Add<DateTimeOffset>("created_at", "timestamptz");
        var score = columns.Add<int>("score", "integer");
        var replyCount = columns.Add<int>("reply_count", "integer");
        var flags = columns.Add<int>("flags", "integer");
        var tags = new PostgresTagColumns(columns);
        return (columns, (classified, at) =>
        {
            var post = classified.Post;
            position.Add(at);
            var gone = GoneFlags.IsGone(post.Flags);
            source.Add(post.Source);
            sourceId.Add(post.SourceId);
            community.Add(PostgresText.Storable(post.Community));
            title.Add(gone ? string.Empty : PostgresText.Storable(post.Title));
            body.Add(gone ? string.Empty : PostgresText.Storable(post.Body));
            author.Add(post.AuthorPseudonym);
            url.Add(PostgresText.Storable(post.Url));
            createdAt.Add(post.CreatedAt.ToUniversalTime());
            score.Add(post.Score);
            replyCount.Add(post.ReplyCount);
            flags.Add((int)post.Flags);
            tags.Add(classified.Tags);
        });
    }

    // $1 is the time of the save: first and last seen, and tagged. Ids lost to another node's insert of the same
    // post leave a gap, as identity values may.
    private static string BuildInsertSql()
    {
        var columns = Columns().Columns;
        var names = columns.Names.Skip(1).ToList();
        return $"""
            WITH drawn AS (
                SELECT nextval(pg_get_serial_sequence('posts', 'id')) AS id FROM unnest($2::integer[])
            ), ids AS (
                SELECT id, row_number() OVER (ORDER BY id) AS position FROM drawn
            )
            INSERT INTO posts (id, {string.Join(", ", names)}, first_seen_at, last_seen_at, {PostgresTagColumns.TaggedAt})
            OVERRIDING SYSTEM VALUE
            SELECT ids.id, {string.Join(", ", names.Select(name => "u." + name))}, $1, $1, $1
            FROM {columns.From("u", 2)}
            JOIN ids ON ids.position = u.position
            ORDER BY u.ordinality
            ON CONFLICT (source, source_id) DO NOTHING
            RETURNING source, source_id;
            """;
    }
}

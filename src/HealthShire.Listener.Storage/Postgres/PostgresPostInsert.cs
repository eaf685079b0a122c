using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Storage.Common.Posts;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>The insert of a batch's new posts, as their first sighting stores them, in one statement over an unnest.</summary>
internal static class PostgresPostInsert
{
    private static readonly string InsertSql = BuildInsertSql();

    /// <summary>
    /// Inserts the posts as their first sighting stores them. Rows go in key order (so two nodes inserting the same new
    /// posts wait for each other in the same order), but ids are drawn first and handed out in the order the posts
    /// came, so the ids of a batch follow it as they do on SQLite.
    /// </summary>
    /// <returns>The keys of the posts this transaction inserted.</returns>
    public static async Task<HashSet<(string Source, string SourceId)>> ExecuteAsync(
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

using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>
/// Inserts a post or updates the stored one, as two prepared commands reused for every row of a
/// batch. The existence check is what makes the inserted/updated counts exact (an upsert reports
/// one change either way); it also reads what the stored post counted for in the rollups, so the
/// change to them is known without another query.
/// </summary>
internal sealed class PostUpsertCommand : IDisposable
{
    private static readonly string UpsertSql = $"""
        INSERT INTO posts (source, source_id, community, title, body, author_pseudonym, url, created_at,
                           score, reply_count, flags, first_seen_at, last_seen_at, {string.Join(", ", TagColumns.Names)})
        VALUES ($source, $source_id, $community, $title, $body, $author_pseudonym, $url, $created_at,
                $score, $reply_count, $flags, $seen_at, $seen_at, {SqliteTagColumns.ParameterList})
        ON CONFLICT (source, source_id) DO UPDATE SET
            score = excluded.score,
            reply_count = excluded.reply_count,
            flags = excluded.flags,
            last_seen_at = excluded.last_seen_at,
            title = CASE WHEN excluded.flags & {GoneFlags.Mask} <> 0 THEN '' ELSE posts.title END,
            body = CASE WHEN excluded.flags & {GoneFlags.Mask} <> 0 THEN '' ELSE posts.body END,
            {KeepTagsOfGonePosts()};
        """;

    private readonly SqliteStoredRows _existing;
    private readonly SqliteCommand _upsert;
    private readonly SqliteParameter[] _post;
    private readonly SqliteParameter _seenAt;
    private readonly SqliteTagColumns _tags;

    public PostUpsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _existing = new SqliteStoredRows(connection, transaction);
        _upsert = connection.CreateCommand();
        _upsert.Transaction = transaction;
        _upsert.CommandText = UpsertSql;
        _post =
        [
            .. new[] { "source", "source_id", "community", "title", "body", "author_pseudonym", "url", "created_at", "score", "reply_count", "flags" }
                .Select(name => _upsert.Parameters.Add(new SqliteParameter("$" + name, null))),
        ];
        _seenAt = _upsert.Parameters.Add(new SqliteParameter("$seen_at", null));
        _tags = new SqliteTagColumns(_upsert);

        _upsert.Prepare();
    }

    /// <summary>The transaction the next writes run in: the prepared statements stay, only the transaction moves.</summary>
    public SqliteTransaction Transaction
    {
        set
        {
            _existing.Transaction = value;
            _upsert.Transaction = value;
        }
    }

    /// <summary>Writes every post of a batch, then the rollup changes they make, in the current transaction.</summary>
    /// <returns>How many posts were new.</returns>
    public int ExecuteAll(IReadOnlyList<ClassifiedPost> posts, long seenAt, RollupChanges rollups, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var post in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inserted += Execute(post, seenAt, rollups) ? 1 : 0;
        }

        return inserted;
    }

    /// <summary>Writes one post and records its change to the rollups.</summary>
    /// <returns>True when the post was new.</returns>
    public bool Execute(ClassifiedPost classified, long seenAt, RollupChanges rollups)
    {
        var post = classified.Post;
        var before = _existing.Read(post.Source, post.SourceId);
        var gone = GoneFlags.IsGone(post.Flags);

        // Mirrors the upsert: a known post keeps its community and time, and its tags when it is gone.
        var after = before is { } stored ? stored.Sighted(classified) : RollupRow.Of(post, classified.Tags);
        rollups.Move(post.Source, before, after);

        _post[0].Value = post.Source;
        _post[1].Value = post.SourceId;
        _post[2].Value = post.Community;
        _post[3].Value = gone ? string.Empty : post.Title;
        _post[4].Value = gone ? string.Empty : post.Body;
        _post[5].Value = (object?)post.AuthorPseudonym ?? DBNull.Value;
        _post[6].Value = post.Url;
        _post[7].Value = SqliteTime.ToStored(post.CreatedAt);
        _post[8].Value = post.Score;
        _post[9].Value = post.ReplyCount;
        _post[10].Value = (int)post.Flags;
        _seenAt.Value = seenAt;
        _tags.Bind(classified.Tags, seenAt);
        _upsert.ExecuteNonQuery();
        return before is null;
    }

    public void Dispose()
    {
        _existing.Dispose();
        _upsert.Dispose();
    }

    // A post seen again only as "deleted" has no text left to classify, so the tags it arrives
    // with say nothing; the ones made from the original text are kept.
    private static string KeepTagsOfGonePosts() => string.Join(
        ",\n    ",
        TagColumns.Names.Select(name => $"{name} = CASE WHEN excluded.flags & {GoneFlags.Mask} <> 0 THEN posts.{name} ELSE excluded.{name} END"));
}

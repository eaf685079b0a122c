using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The statements that change stored posts after they were first saved, and how each binds its parameters.</summary>
internal static class PostUpdateSql
{
    private const int DeletedFlag = (int)PostFlags.Deleted;

    /// <summary>
    /// A refresh: a post the source no longer returns (flagged deleted) was not "seen", so its
    /// last-seen time stays; gone posts lose their text but keep their id, flags and tags. An additive
    /// update adds its counts and flags to the stored ones and leaves the last-seen time.
    /// </summary>
    public static readonly string Refresh = $"""
        UPDATE posts SET
            score = CASE WHEN $additive THEN score + $score ELSE $score END,
            reply_count = CASE WHEN $additive THEN reply_count + $reply_count ELSE $reply_count END,
            flags = CASE WHEN $additive THEN flags | $flags ELSE $flags END,
            last_seen_at = CASE WHEN $additive OR $flags & {DeletedFlag} <> 0 THEN last_seen_at ELSE $seen_at END,
            title = CASE WHEN $flags & {GoneFlags.Mask} <> 0 THEN '' ELSE title END,
            body = CASE WHEN $flags & {GoneFlags.Mask} <> 0 THEN '' ELSE body END
        WHERE source = $source AND source_id = $source_id;
        """;

    public static readonly string Retag = $"""
        UPDATE posts SET {SqliteTagColumns.Assignments}
        WHERE source = $source AND source_id = $source_id;
        """;

    /// <summary>Adds <see cref="Refresh"/>'s parameters to a command reused for every update of one source.</summary>
    /// <returns>Binds one update.</returns>
    public static Action<PostUpdate> BindRefresh(SqliteCommand command, string source, long seenAt)
    {
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$seen_at", seenAt);
        var sourceId = command.Parameters.Add(new SqliteParameter("$source_id", null));
        var score = command.Parameters.Add(new SqliteParameter("$score", null));
        var replyCount = command.Parameters.Add(new SqliteParameter("$reply_count", null));
        var flags = command.Parameters.Add(new SqliteParameter("$flags", null));
        var additive = command.Parameters.Add(new SqliteParameter("$additive", null));
        return update =>
        {
            sourceId.Value = update.SourceId;
            score.Value = update.Score;
            replyCount.Value = update.ReplyCount;
            flags.Value = (int)update.Flags;
            additive.Value = update.Additive;
        };
    }

    /// <summary>Adds <see cref="Retag"/>'s parameters to a command reused for every update.</summary>
    /// <returns>Binds one update.</returns>
    public static Action<PostTagUpdate> BindRetag(SqliteCommand command, long taggedAt)
    {
        var source = command.Parameters.Add(new SqliteParameter("$source", null));
        var sourceId = command.Parameters.Add(new SqliteParameter("$source_id", null));
        var tags = new SqliteTagColumns(command);
        return update =>
        {
            source.Value = update.Source;
            sourceId.Value = update.SourceId;
            tags.Bind(update.Tags, taggedAt);
        };
    }
}

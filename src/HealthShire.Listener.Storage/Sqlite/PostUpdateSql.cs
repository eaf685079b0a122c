using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Posts;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The statements that change stored posts after they were first saved.</summary>
internal static class PostUpdateSql
{
    private const int DeletedFlag = (int)PostFlags.Deleted;

    /// <summary>
    /// A refresh: a post the source no longer returns (flagged deleted) was not "seen", so its
    /// last-seen time stays; gone posts lose their text but keep their id, flags and tags.
    /// </summary>
    public static readonly string Refresh = $"""
        UPDATE posts SET
            score = $score,
            reply_count = $reply_count,
            flags = $flags,
            last_seen_at = CASE WHEN $flags & {DeletedFlag} <> 0 THEN last_seen_at ELSE $seen_at END,
            title = CASE WHEN $flags & {GoneFlags.Mask} <> 0 THEN '' ELSE title END,
            body = CASE WHEN $flags & {GoneFlags.Mask} <> 0 THEN '' ELSE body END
        WHERE source = $source AND source_id = $source_id;
        """;

    public static readonly string Retag = $"""
        UPDATE posts SET {SqliteTagColumns.Assignments}
        WHERE source = $source AND source_id = $source_id;
        """;
}

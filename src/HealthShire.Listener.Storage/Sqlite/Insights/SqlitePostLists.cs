using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>Pages of open questions, crisis posts and the posts behind a trend point. Nothing here reads, lists or filters by author.</summary>
internal sealed class SqlitePostLists(SqliteDatabase database)
{
    private const string ItemColumns =
        "source, source_id, community, topic, title, substr(body, 1, $read_length), length(body) > $read_length, " +
        "url, posts.created_at, reply_count, posts.score, is_medication_question, medications, is_question, is_medication, is_crisis";

    public Task<PostPage> GetPageAsync(SqliteListKind kind, PostQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(query);
        return GetPageAsync(kind, PostListFilter.Of(query, now), query.Order, query.Page, query.PageSize, cancellationToken);
    }

    public async Task<PostPage> GetPageAsync(
        SqliteListKind kind,
        PostListFilter filter,
        QuestionOrder order,
        int pageNumber,
        int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One read transaction, so that the total and the page describe the same moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var count = Command(connection, transaction, kind, filter);
        count.CommandText = $"SELECT COUNT(*) FROM {kind.From} WHERE {count.CommandText};";
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken) ?? 0L);

        List<ListedPost> items = [];
        var offset = ListedPostRows.Offset(pageNumber, pageSize);
        if (total > offset)
        {
            await using var page = Command(connection, transaction, kind, filter);

            // The page's ids come from the index alone; only those rows are then read from the table.
            var (inner, outer) = order == QuestionOrder.Score
                ? ("score DESC, created_at DESC, id DESC", "page.score DESC, page.created_at DESC, page.id DESC")
                : ("created_at DESC, id DESC", "page.created_at DESC, page.id DESC");
            page.CommandText = $"""
                SELECT {ItemColumns}
                FROM (SELECT id, created_at, score FROM {kind.From} WHERE {page.CommandText} ORDER BY {inner} LIMIT $limit OFFSET $offset) AS page
                CROSS JOIN posts ON posts.id = page.id
                ORDER BY {outer};
                """;
            page.Parameters.AddWithValue("$read_length", Excerpt.ReadLength);
            page.Parameters.AddWithValue("$limit", pageSize);
            page.Parameters.AddWithValue("$offset", offset);
            items = await DbRows.ReadAllAsync(page, reader => ListedPostRows.Read(reader, SqliteTime.Read), cancellationToken);
        }

        return new PostPage(items, pageNumber, pageSize, total);
    }

    /// <summary>A command whose text is, for now, the WHERE clause, with its parameters bound.</summary>
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, SqliteListKind kind, PostListFilter filter)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Without a lower bound, the dawn of time.
        command.Parameters.AddWithValue("$since", filter.Since is { } since ? SqliteTime.ToStored(since) : long.MinValue);
        var before = string.Empty;
        if (filter.Before is { } until)
        {
            before = " AND created_at < $before";
            command.Parameters.AddWithValue("$before", SqliteTime.ToStored(until));
        }

        command.CommandText = kind.Predicate + " AND created_at >= $since" + before
            + SqliteFilters.Equal(command, filter.Topic, filter.Source, filter.Community)
            + SqliteFilters.NamesMedication(command, filter.Medication)
            + SqliteFilters.MatchesText(command, filter.Text);
        return command;
    }
}

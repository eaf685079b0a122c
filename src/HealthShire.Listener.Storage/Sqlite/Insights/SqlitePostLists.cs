using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>Pages of open questions and crisis posts. Nothing here reads, lists or filters by author.</summary>
internal sealed class SqlitePostLists(SqliteDatabase database)
{
    private const string ItemColumns =
        "source, source_id, community, topic, title, substr(body, 1, $read_length), length(body) > $read_length, " +
        "url, posts.created_at, reply_count, posts.score, is_medication_question, medications";

    public async Task<PostPage> GetPageAsync(SqliteListKind kind, PostQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(query);

        await using var connection = await database.OpenAsync(cancellationToken);

        // One read transaction, so that the total and the page describe the same moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var count = Command(connection, transaction, kind, query, now);
        count.CommandText = $"SELECT COUNT(*) FROM {kind.From} WHERE {count.CommandText};";
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken) ?? 0L);

        List<ListedPost> items = [];
        if (total > ListedPostRows.Offset(query))
        {
            await using var page = Command(connection, transaction, kind, query, now);

            // The page's ids come from the index alone; only those rows are then read from the table.
            var (inner, outer) = query.Order == QuestionOrder.Score
                ? ("score DESC, created_at DESC, id DESC", "page.score DESC, page.created_at DESC, page.id DESC")
                : ("created_at DESC, id DESC", "page.created_at DESC, page.id DESC");
            page.CommandText = $"""
                SELECT {ItemColumns}
                FROM (SELECT id, created_at, score FROM {kind.From} WHERE {page.CommandText} ORDER BY {inner} LIMIT $limit OFFSET $offset) AS page
                CROSS JOIN posts ON posts.id = page.id
                ORDER BY {outer};
                """;
            page.Parameters.AddWithValue("$read_length", Excerpt.ReadLength);
            page.Parameters.AddWithValue("$limit", query.PageSize);
            page.Parameters.AddWithValue("$offset", ListedPostRows.Offset(query));
            items = await DbRows.ReadAllAsync(page, reader => ListedPostRows.Read(reader, SqliteTime.Read), cancellationToken);
        }

        return new PostPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>A command whose text is, for now, the WHERE clause, with its parameters bound.</summary>
    private static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction transaction,
        SqliteListKind kind,
        PostQuery query,
        DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Without a lower bound, the dawn of time.
        var since = ListedPostRows.CreatedSince(query, now) is { } createdSince ? SqliteTime.ToStored(createdSince) : long.MinValue;
        command.Parameters.AddWithValue("$since", since);
        command.CommandText = kind.Predicate + " AND created_at >= $since" + SqliteFilters.Equal(command, query.Topic, query.Source, query.Community)
            + SqliteFilters.NamesMedication(command, query.Medication);
        return command;
    }
}

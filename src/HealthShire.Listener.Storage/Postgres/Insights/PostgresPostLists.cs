using System.Data;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Pages of open questions, crisis posts and the posts behind a trend point. Nothing here reads, lists or filters by author.</summary>
internal sealed class PostgresPostLists(PostgresDatabase database)
{
    public Task<PostPage> GetPageAsync(PostgresListKind kind, PostQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(query);
        return GetPageAsync(kind, PostListFilter.Of(query, now), query.Order, query.Page, query.PageSize, cancellationToken);
    }

    public async Task<PostPage> GetPageAsync(
        PostgresListKind kind,
        PostListFilter filter,
        QuestionOrder order,
        int pageNumber,
        int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One snapshot, so that the total and the page describe the same moment while other nodes write.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var count = Command(connection, transaction, kind, filter);
        count.CommandText = $"SELECT COUNT(*) FROM posts WHERE {count.CommandText};";
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken) ?? 0L);

        List<ListedPost> items = [];
        var offset = ListedPostRows.Offset(pageNumber, pageSize);
        if (total > offset)
        {
            await using var page = Command(connection, transaction, kind, filter);
            var orderBy = order == QuestionOrder.Score ? "score DESC, created_at DESC, id DESC" : "created_at DESC, id DESC";
            var readLength = PostgresFilters.Add(page, Excerpt.ReadLength);
            // The page's ids come from the list's index alone (an index-only scan and a top-N sort); only those rows
            // are then read from the table, instead of every listed row of the range.
            page.CommandText = $"""
                WITH page AS (
                    SELECT id FROM posts
                    WHERE {page.CommandText}
                    ORDER BY {orderBy}
                    LIMIT {PostgresFilters.Add(page, pageSize)} OFFSET {PostgresFilters.Add(page, offset)})
                SELECT source, source_id, community, topic, title, left(body, {readLength}), length(body) > {readLength},
                       url, created_at, reply_count, score, is_medication_question, medications, is_question, is_medication, is_crisis
                FROM posts JOIN page USING (id)
                ORDER BY {orderBy};
                """;
            items = await DbRows.ReadAllAsync(page, reader => ListedPostRows.Read(reader, PostgresTime.Read), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PostPage(items, pageNumber, pageSize, total);
    }

    /// <summary>A command whose text is, for now, the WHERE clause, with its parameters bound.</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresListKind kind, PostListFilter filter)
    {
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        // In UTC, the only offset timestamptz takes; without a lower bound, the dawn of time (-infinity).
        var since = PostgresFilters.Add(command, filter.Since?.ToUniversalTime() ?? DateTimeOffset.MinValue);
        var before = filter.Before is { } until ? $" AND created_at < {PostgresFilters.Add(command, until.ToUniversalTime())}" : string.Empty;
        command.CommandText = $"{kind.Predicate} AND created_at >= {since}{before}"
            + PostgresFilters.Equal(command, filter.Topic, filter.Source, filter.Community)
            + PostgresFilters.NamesMedication(command, filter.Medication)
            + PostgresFilters.MatchesText(command, filter.Text);
        return command;
    }
}

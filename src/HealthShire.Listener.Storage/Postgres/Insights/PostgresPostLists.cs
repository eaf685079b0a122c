using System.Data;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Pages of open questions and crisis posts. Nothing here reads, lists or filters by author.</summary>
internal sealed class PostgresPostLists(PostgresDatabase database)
{
    public async Task<PostPage> GetPageAsync(PostgresListKind kind, PostQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(query);

        await using var connection = await database.OpenAsync(cancellationToken);

        // One snapshot, so that the total and the page describe the same moment while other nodes write.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var count = Command(connection, transaction, kind, query, now);
        count.CommandText = $"SELECT COUNT(*) FROM posts WHERE {count.CommandText};";
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken) ?? 0L);

        List<ListedPost> items = [];
        var offset = ListedPostRows.Offset(query);
        if (total > offset)
        {
            await using var page = Command(connection, transaction, kind, query, now);
            var order = query.Order == QuestionOrder.Score ? "score DESC, created_at DESC, id DESC" : "created_at DESC, id DESC";
            var readLength = PostgresFilters.Add(page, Excerpt.ReadLength);
            // The page's ids come from the list's index alone (an index-only scan and a top-N sort); only those rows
            // are then read from the table, instead of every listed row of the range.
            page.CommandText = $"""
                WITH page AS (
                    SELECT id FROM posts
                    WHERE {page.CommandText}
                    ORDER BY {order}
                    LIMIT {PostgresFilters.Add(page, query.PageSize)} OFFSET {PostgresFilters.Add(page, offset)})
                SELECT source, source_id, community, topic, title, left(body, {readLength}), length(body) > {readLength},
                       url, created_at, reply_count, score, is_medication_question, medications
                FROM posts JOIN page USING (id)
                ORDER BY {order};
                """;
            items = await DbRows.ReadAllAsync(page, reader => ListedPostRows.Read(reader, PostgresTime.Read), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PostPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>A command whose text is, for now, the WHERE clause, with its parameters bound.</summary>
    private static NpgsqlCommand Command(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        PostgresListKind kind,
        PostQuery query,
        DateTimeOffset now)
    {
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        // In UTC, the only offset timestamptz takes; without a lower bound, the dawn of time (-infinity).
        var since = PostgresFilters.Add(command, ListedPostRows.CreatedSince(query, now)?.ToUniversalTime() ?? DateTimeOffset.MinValue);
        command.CommandText = $"{kind.Predicate} AND created_at >= {since}" + PostgresFilters.Equal(command, query.Topic, query.Source, query.Community)
            + PostgresFilters.NamesMedication(command, query.Medication);
        return command;
    }
}

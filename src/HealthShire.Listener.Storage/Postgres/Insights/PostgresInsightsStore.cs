using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// The insights on the PostgreSQL store: trends from the day rollups the post store keeps, provider lists from
/// partial indexes, marks, text retention and export; the same answers as the SQLite store for the same calls.
/// </summary>
internal sealed class PostgresInsightsStore(
    PostgresDatabase database,
    ListenerCalendar calendar,
    TimeProvider timeProvider,
    ILogger<PostgresInsightsStore> logger) : IInsightsStore
{
    /// <summary>How long an answer may miss writes made by other nodes.</summary>
    public static readonly TimeSpan OtherNodesDelay = TimeSpan.FromSeconds(5);

    private const string MarkSql = """
        INSERT INTO post_marks (post_id, mark, marked_at)
        SELECT id, $1, $2 FROM posts WHERE source = $3 AND source_id = $4
        ON CONFLICT (post_id) DO UPDATE SET mark = excluded.mark, marked_at = excluded.marked_at;
        """;

    // Removing no mark is no failure: the post is open either way; only an unknown post is.
    private const string UnmarkSql = """
        WITH post AS (SELECT id FROM posts WHERE source = $1 AND source_id = $2),
             gone AS (DELETE FROM post_marks WHERE post_id IN (SELECT id FROM post))
        SELECT COUNT(*) FROM post;
        """;

    private readonly PostgresTrendQueries _trends = new(database);
    private readonly PostgresPostLists _lists = new(database);

    /// <summary>
    /// Grows with every committed write through this process (<see cref="PostgresDatabase.Changes"/>, in the high 32
    /// bits) and also once every <see cref="OtherNodesDelay"/> (the low bits count such slots since the Unix epoch).
    /// Writes made by other nodes never reach this process's counter, so the time slot is what makes a cache keyed on
    /// this value (the API's trends cache) show them within a few seconds.
    /// </summary>
    public long ChangeVersion =>
        (database.Changes.Version << 32) + (timeProvider.GetUtcNow().ToUnixTimeSeconds() / (long)OtherNodesDelay.TotalSeconds);

    public Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken) =>
        _trends.GetTrendsAsync(query, cancellationToken);

    public async Task<IReadOnlyList<RisingTopic>> GetRisingTopicsAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        RisingTopics.Rank(await _trends.GetTrendsAsync(RisingTopics.Query(today, trailingWeeks), cancellationToken));

    public Task<IReadOnlyList<MedicationWeek>> GetMedicationWeeksAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken) =>
        new PostgresMedicationWeeks(database).GetAsync(today, now, questionMaxAge, cancellationToken);

    public Task<PostPage> GetOpenQuestionsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        _lists.GetPageAsync(PostgresListKind.OpenQuestions, query, now, cancellationToken);

    public Task<PostPage> GetPostsAsync(PostSearch search, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(search);
        return _lists.GetPageAsync(
            PostgresListKind.Posts, PostListFilter.Of(search, calendar), QuestionOrder.Newest, search.Page, search.PageSize, cancellationToken);
    }

    public Task<IReadOnlyList<StoredCommunity>> GetCommunitiesAsync(int limit, CancellationToken cancellationToken) =>
        new PostgresCommunities(database).GetAsync(limit, cancellationToken);

    public Task<PostPage> GetCrisisPostsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        _lists.GetPageAsync(PostgresListKind.Crisis, query, now, cancellationToken);

    public async Task<bool> MarkAsync(string source, string sourceId, PostMark mark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (mark == PostMark.Open)
        {
            await using var unmark = new NpgsqlCommand(UnmarkSql, connection);
            unmark.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
            unmark.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sourceId });
            return (long)(await unmark.ExecuteScalarAsync(cancellationToken) ?? 0L) > 0;
        }

        await using var command = new NpgsqlCommand(MarkSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostMarkNames.Of(mark) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow().ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sourceId });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> ClearTextOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var cleared = await new PostgresTextRetention(database).ClearOlderThanAsync(createdBefore, cancellationToken);
        PostgresInsightsLog.TextCleared(logger, cleared, createdBefore);
        return cleared;
    }

    public IAsyncEnumerable<ExportedPost> ExportPostsAsync(ExportQuery query, CancellationToken cancellationToken) =>
        new PostgresPostExport(database, calendar).ExportAsync(query, cancellationToken);
}

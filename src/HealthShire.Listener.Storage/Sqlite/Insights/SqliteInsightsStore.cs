using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// The insights on the SQLite store: trends from the day rollups that <see cref="SqlitePostStore"/>
/// keeps, provider lists from partial indexes, marks, text retention and export.
/// </summary>
internal sealed class SqliteInsightsStore(
    SqliteDatabase database,
    ListenerCalendar calendar,
    TimeProvider timeProvider,
    ILogger<SqliteInsightsStore> logger) : IInsightsStore
{
    private const string MarkSql = """
        INSERT INTO post_marks (post_id, mark, marked_at)
        SELECT id, $mark, $marked_at FROM posts WHERE source = $source AND source_id = $source_id
        ON CONFLICT (post_id) DO UPDATE SET mark = excluded.mark, marked_at = excluded.marked_at;
        """;

    private const string UnmarkSql = """
        DELETE FROM post_marks WHERE post_id = (SELECT id FROM posts WHERE source = $source AND source_id = $source_id);
        SELECT COUNT(*) FROM posts WHERE source = $source AND source_id = $source_id;
        """;

    private readonly SqliteTrendQueries _trends = new(database);
    private readonly SqlitePostLists _lists = new(database);

    public long ChangeVersion => database.Changes.Version;

    public Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken) =>
        _trends.GetTrendsAsync(query, cancellationToken);

    public async Task<IReadOnlyList<RisingTopic>> GetRisingTopicsAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        RisingTopics.Rank(await _trends.GetTrendsAsync(RisingTopics.Query(today, trailingWeeks), cancellationToken));

    public Task<IReadOnlyList<MedicationWeek>> GetMedicationWeeksAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken) =>
        new SqliteMedicationWeeks(database).GetAsync(today, now, questionMaxAge, cancellationToken);

    public Task<PostPage> GetOpenQuestionsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        _lists.GetPageAsync(SqliteListKind.OpenQuestions, query, now, cancellationToken);

    public Task<PostPage> GetPostsAsync(PostSearch search, CancellationToken cancellationToken)
    {
        ListedPostRows.ThrowIfInvalid(search);
        return _lists.GetPageAsync(
            SqliteListKind.Posts, PostListFilter.Of(search, calendar), QuestionOrder.Newest, search.Page, search.PageSize, cancellationToken);
    }

    public Task<IReadOnlyList<StoredCommunity>> GetCommunitiesAsync(int limit, CancellationToken cancellationToken) =>
        new SqliteCommunities(database).GetAsync(limit, cancellationToken);

    public Task<PostPage> GetCrisisPostsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        _lists.GetPageAsync(SqliteListKind.Crisis, query, now, cancellationToken);

    public async Task<bool> MarkAsync(string source, string sourceId, PostMark mark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$source_id", sourceId);
        if (mark == PostMark.Open)
        {
            // Removing no mark is no failure: the post is open either way; only an unknown post is.
            command.CommandText = UnmarkSql;
            return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) > 0;
        }

        command.CommandText = MarkSql;
        command.Parameters.AddWithValue("$mark", PostMarkNames.Of(mark));
        command.Parameters.AddWithValue("$marked_at", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> ClearTextOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var cleared = await new SqliteTextRetention(database).ClearOlderThanAsync(createdBefore, cancellationToken);
        SqliteInsightsLog.TextCleared(logger, cleared, createdBefore);
        return cleared;
    }

    public IAsyncEnumerable<ExportedPost> ExportPostsAsync(ExportQuery query, CancellationToken cancellationToken) =>
        new SqlitePostExport(database, calendar).ExportAsync(query, cancellationToken);
}

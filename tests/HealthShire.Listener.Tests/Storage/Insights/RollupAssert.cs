using System.Globalization;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>
/// The rollups' invariant on either store: the tables always equal a recount of the raw posts. The recount groups
/// in SQL and cuts days through the calendar itself, not through the store's own code.
/// </summary>
internal static class RollupAssert
{
    // Both databases read this the same way: flags are 0/1 integers on SQLite and booleans on PostgreSQL.
    private const string RecountSql = """
        SELECT created_at, topic, source, community,
               COUNT(*),
               COUNT(*) FILTER (WHERE is_question),
               COUNT(*) FILTER (WHERE is_medication_question),
               COUNT(*) FILTER (WHERE is_crisis),
               COUNT(*) FILTER (WHERE is_question AND reply_count = 0 AND flags & 3 = 0 AND NOT COALESCE(is_crisis, false))
        FROM posts
        WHERE topic IS NOT NULL
        GROUP BY created_at, topic, source, community;
        """;

    private const string RollupSql = """
        SELECT day, topic, source, community, posts, questions, medication_questions, crisis, unanswered
        FROM post_day_counts;
        """;

    // The per-topic totals, and the detail summed the same way, keyed alike for comparison.
    private const string TopicTotalsSql = """
        SELECT day, topic, '', '', posts, questions, medication_questions, crisis, unanswered
        FROM post_day_topic_counts
        ORDER BY day, topic;
        """;

    private const string DetailByTopicSql = """
        SELECT day, topic, '', '', SUM(posts), SUM(questions), SUM(medication_questions), SUM(crisis), SUM(unanswered)
        FROM post_day_counts
        GROUP BY day, topic
        ORDER BY day, topic;
        """;

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static async Task MatchesRecountAsync(IStoreUnderTest store)
    {
        var recount = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var row in await store.RowsFromSqlAsync(RecountSql))
        {
            var dayKey = $"{store.Calendar.DayOf(store.TimeOf(row[0]!)):yyyy-MM-dd}|{KeyOf(row)}";
            recount[dayKey] = recount.GetValueOrDefault(dayKey, DayCounts.None).Plus(CountsOf(row));
        }

        Assert.Equal(recount, await RollupsAsync(store));
        await TopicTotalsMatchDetailAsync(store);
    }

    /// <summary>The day totals per topic equal the detail rollups summed over sources and communities.</summary>
    public static async Task TopicTotalsMatchDetailAsync(IStoreUnderTest store)
    {
        var totals = await DayRowsAsync(store, TopicTotalsSql);
        Assert.Equal(await DayRowsAsync(store, DetailByTopicSql), totals);
    }

    /// <summary>The rollup of one day, topic, source and community; zeroes when there is no row.</summary>
    public static async Task<DayCounts> CountsAsync(
        IStoreUnderTest store, DateOnly day, string topic, string source = "reddit", string community = "depression") =>
        (await RollupsAsync(store)).GetValueOrDefault($"{day:yyyy-MM-dd}|{topic}|{source}|{community}", DayCounts.None);

    public static async Task<SortedDictionary<string, DayCounts>> RollupsAsync(IStoreUnderTest store)
    {
        var rollups = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var (day, key, counts) in await DayRowsAsync(store, RollupSql))
        {
            rollups.Add($"{day:yyyy-MM-dd}|{key}", counts);
        }

        return rollups;
    }

    // For SQLite-only tests that hold the store itself.
    public static Task MatchesRecountAsync(TemporaryStore temp) => MatchesRecountAsync(new SqliteStoreUnderTest(temp));

    public static Task TopicTotalsMatchDetailAsync(TemporaryStore temp) => TopicTotalsMatchDetailAsync(new SqliteStoreUnderTest(temp));

    public static Task<SortedDictionary<string, DayCounts>> RollupsAsync(TemporaryStore temp) => RollupsAsync(new SqliteStoreUnderTest(temp));

    private static async Task<List<(DateOnly Day, string Key, DayCounts Counts)>> DayRowsAsync(IStoreUnderTest store, string sql) =>
        [.. (await store.RowsFromSqlAsync(sql)).Select(row => (Epoch.AddDays((int)Number(row[0])), KeyOf(row), CountsOf(row)))];

    private static string KeyOf(object?[] row) => $"{row[1]}|{row[2]}|{row[3]}";

    // Stored counts are integer (int on PostgreSQL), COUNT(*) and SUM are 64-bit.
    private static DayCounts CountsOf(object?[] row) => new(Number(row[4]), Number(row[5]), Number(row[6]), Number(row[7]), Number(row[8]));

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>
/// The rollups' invariant: the table always equals a recount of the raw posts. The recount groups
/// in SQL and cuts days through the calendar itself, not through the store's own code.
/// </summary>
internal static class RollupAssert
{
    private const string RecountSql = """
        SELECT created_at, topic, source, community,
               COUNT(*),
               COALESCE(SUM(is_question = 1), 0),
               COALESCE(SUM(is_medication_question = 1), 0),
               COALESCE(SUM(is_crisis = 1), 0),
               COALESCE(SUM(is_question = 1 AND reply_count = 0 AND flags & 3 = 0 AND COALESCE(is_crisis, 0) = 0), 0)
        FROM posts
        WHERE topic IS NOT NULL
        GROUP BY created_at, topic, source, community;
        """;

    private const string RollupSql = """
        SELECT day, topic, source, community, posts, questions, medication_questions, crisis, unanswered
        FROM post_day_counts;
        """;

    // The per-topic totals, and the detail summed the same way, keyed alike for comparison.
    public const string TopicTotalsSql = """
        SELECT day, topic, '', '', posts, questions, medication_questions, crisis, unanswered
        FROM post_day_topic_counts
        ORDER BY day, topic;
        """;

    public const string DetailByTopicSql = """
        SELECT day, topic, '', '', SUM(posts), SUM(questions), SUM(medication_questions), SUM(crisis), SUM(unanswered)
        FROM post_day_counts
        GROUP BY day, topic
        ORDER BY day, topic;
        """;

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static async Task MatchesRecountAsync(TemporaryStore temp)
    {
        var recount = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var (createdAt, key, counts) in await ReadAsync(temp, RecountSql))
        {
            var dayKey = $"{temp.Calendar.DayOf(DateTimeOffset.FromUnixTimeMilliseconds(createdAt)):yyyy-MM-dd}|{key}";
            recount[dayKey] = recount.GetValueOrDefault(dayKey, DayCounts.None).Plus(counts);
        }

        Assert.Equal(recount, await RollupsAsync(temp));
        await TopicTotalsMatchDetailAsync(temp);
    }

    /// <summary>The day totals per topic equal the detail rollups summed over sources and communities.</summary>
    public static async Task TopicTotalsMatchDetailAsync(TemporaryStore temp)
    {
        var totals = await ReadAsync(temp, TopicTotalsSql);
        Assert.Equal(await ReadAsync(temp, DetailByTopicSql), totals);
    }

    /// <summary>The rollup of one day, topic, source and community; zeroes when there is no row.</summary>
    public static async Task<DayCounts> CountsAsync(
        TemporaryStore temp, DateOnly day, string topic, string source = "reddit", string community = "depression") =>
        (await RollupsAsync(temp)).GetValueOrDefault($"{day:yyyy-MM-dd}|{topic}|{source}|{community}", DayCounts.None);

    public static async Task<SortedDictionary<string, DayCounts>> RollupsAsync(TemporaryStore temp)
    {
        var rollups = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var (day, key, counts) in await ReadAsync(temp, RollupSql))
        {
            rollups.Add($"{Epoch.AddDays((int)day):yyyy-MM-dd}|{key}", counts);
        }

        return rollups;
    }

    private static async Task<List<(long First, string Key, DayCounts Counts)>> ReadAsync(TemporaryStore temp, string sql)
    {
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, DayCounts)>();
        while (await reader.ReadAsync())
        {
            rows.Add((
                reader.GetInt64(0),
                $"{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}",
                new DayCounts(reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8))));
        }

        return rows;
    }
}

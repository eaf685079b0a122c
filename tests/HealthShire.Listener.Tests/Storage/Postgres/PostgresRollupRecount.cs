using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// The rollups' invariant on PostgreSQL: the tables always equal a recount of the raw posts. The recount groups in SQL
/// and cuts days through the calendar itself, not through the store's own code.
/// </summary>
internal static class PostgresRollupRecount
{
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

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static async Task MatchesRecountAsync(PostgresTemporaryDatabase temp)
    {
        var recount = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var (createdAt, key, counts) in await ReadAsync(temp, RecountSql))
        {
            var dayKey = $"{temp.Calendar.DayOf((DateTimeOffset)createdAt):yyyy-MM-dd}|{key}";
            recount[dayKey] = recount.GetValueOrDefault(dayKey, DayCounts.None).Plus(counts);
        }

        Assert.Equal(recount, await RollupsAsync(temp));
        Assert.Equal(await ReadAsync(temp, RollupAssert.DetailByTopicSql), await ReadAsync(temp, RollupAssert.TopicTotalsSql));
    }

    /// <summary>The rollup of one day, topic, source and community; zeroes when there is no row.</summary>
    public static async Task<DayCounts> CountsAsync(
        PostgresTemporaryDatabase temp, DateOnly day, string topic, string source = "reddit", string community = "depression") =>
        (await RollupsAsync(temp)).GetValueOrDefault($"{day:yyyy-MM-dd}|{topic}|{source}|{community}", DayCounts.None);

    public static async Task<SortedDictionary<string, DayCounts>> RollupsAsync(PostgresTemporaryDatabase temp)
    {
        var rollups = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var (day, key, counts) in await ReadAsync(temp, RollupSql))
        {
            rollups.Add($"{Epoch.AddDays((int)day):yyyy-MM-dd}|{key}", counts);
        }

        return rollups;
    }

    private static async Task<List<(object First, string Key, DayCounts Counts)>> ReadAsync(PostgresTemporaryDatabase temp, string sql)
    {
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(object, string, DayCounts)>();
        while (await reader.ReadAsync())
        {
            rows.Add((
                reader.GetFieldType(0) == typeof(int) ? reader.GetInt32(0) : reader.GetFieldValue<DateTimeOffset>(0),
                $"{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}",
                new DayCounts(Count(reader, 4), Count(reader, 5), Count(reader, 6), Count(reader, 7), Count(reader, 8))));
        }

        return rows;
    }

    // Stored counts are integer, COUNT(*) is bigint and SUM of integer is bigint.
    private static long Count(Npgsql.NpgsqlDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}

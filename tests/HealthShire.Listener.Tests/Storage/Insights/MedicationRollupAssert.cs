using System.Globalization;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>
/// The medication rollups' invariant on either store: the table always equals a recount of the raw posts joined to
/// <c>post_medications</c>, and <c>post_medications</c> always holds exactly the names of each post's tag column.
/// </summary>
internal static class MedicationRollupAssert
{
    private const string RecountSql = """
        SELECT posts.created_at, m.medication, topic, source, community,
               COUNT(*),
               COUNT(*) FILTER (WHERE is_question),
               COUNT(*) FILTER (WHERE is_medication_question),
               COUNT(*) FILTER (WHERE is_crisis),
               COUNT(*) FILTER (WHERE is_question AND reply_count = 0 AND flags & 3 = 0 AND NOT COALESCE(is_crisis, false))
        FROM post_medications m JOIN posts ON posts.id = m.post_id
        WHERE topic IS NOT NULL
        GROUP BY posts.created_at, m.medication, topic, source, community;
        """;

    private const string RollupSql = """
        SELECT day, medication, topic, source, community, posts, questions, medication_questions, crisis, unanswered
        FROM post_day_medication_counts;
        """;

    private const string PairsSql = "SELECT posts.source_id, m.medication FROM post_medications m JOIN posts ON posts.id = m.post_id;";

    private const string ColumnsSql = "SELECT source_id, medications FROM posts WHERE medications IS NOT NULL AND medications <> '';";

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static async Task MatchesRecountAsync(IStoreUnderTest store)
    {
        var recount = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var row in await store.RowsFromSqlAsync(RecountSql))
        {
            var key = $"{store.Calendar.DayOf(store.TimeOf(row[0]!)):yyyy-MM-dd}|{KeyOf(row)}";
            recount[key] = recount.GetValueOrDefault(key, DayCounts.None).Plus(CountsOf(row));
        }

        Assert.Equal(recount, await RollupsAsync(store));

        var pairs = (await store.RowsFromSqlAsync(PairsSql)).Select(row => $"{row[0]}:{row[1]}").Order(StringComparer.Ordinal);
        var columns = (await store.RowsFromSqlAsync(ColumnsSql))
            .SelectMany(row => ((string)row[1]!).Split(',').Select(name => $"{row[0]}:{name}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(columns, pairs);
    }

    /// <summary>Every medication rollup row, keyed "day|medication|topic|source|community".</summary>
    public static async Task<SortedDictionary<string, DayCounts>> RollupsAsync(IStoreUnderTest store)
    {
        var rollups = new SortedDictionary<string, DayCounts>(StringComparer.Ordinal);
        foreach (var row in await store.RowsFromSqlAsync(RollupSql))
        {
            rollups.Add($"{Epoch.AddDays((int)Number(row[0])):yyyy-MM-dd}|{KeyOf(row)}", CountsOf(row));
        }

        return rollups;
    }

    private static string KeyOf(object?[] row) => $"{row[1]}|{row[2]}|{row[3]}|{row[4]}";

    private static DayCounts CountsOf(object?[] row) => new(Number(row[5]), Number(row[6]), Number(row[7]), Number(row[8]), Number(row[9]));

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}

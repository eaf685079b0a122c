using HealthShire.Listener.Storage.Sqlite.Insights;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>The list queries stay on their partial indexes, which is what keeps them fast on a large store.</summary>
public sealed class ListQueryPlanTests
{
    public static TheoryData<string, string> Lists => new()
    {
        { nameof(SqliteListKind.OpenQuestions), "ix_posts_open_questions" },
        { nameof(SqliteListKind.Crisis), "ix_posts_crisis" },
    };

    [Theory(Timeout = TestTimeouts.Unit)]
    [MemberData(nameof(Lists))]
    public async Task Predicate_WithEveryFilter_ReadsThroughThePartialIndex(string list, string index)
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var kind = list == nameof(SqliteListKind.Crisis) ? SqliteListKind.Crisis : SqliteListKind.OpenQuestions;

        var plan = await PlanAsync(temp, $"SELECT COUNT(*) FROM {kind.From} WHERE {kind.Predicate} AND created_at >= 0 AND topic = 'adhd' AND source = 'x'");

        Assert.Contains(index, plan, StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Unit)]
    [InlineData(nameof(SqliteListKind.OpenQuestions), "score DESC, created_at DESC, id DESC")]
    [InlineData(nameof(SqliteListKind.OpenQuestions), "created_at DESC, id DESC")]
    [InlineData(nameof(SqliteListKind.Crisis), "score DESC, created_at DESC, id DESC")]
    public async Task PageOfIds_WithEveryFilter_ReadsTheIndexAlone(string list, string order)
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var kind = list == nameof(SqliteListKind.Crisis) ? SqliteListKind.Crisis : SqliteListKind.OpenQuestions;
        var where = $"{kind.Predicate} AND created_at >= 0 AND topic = 'adhd' AND source = 'x' AND community = 'c'";

        var page = await PlanAsync(temp, $"SELECT id, created_at, score FROM {kind.From} WHERE {where} ORDER BY {order} LIMIT 50 OFFSET 50");
        var total = await PlanAsync(temp, $"SELECT COUNT(*) FROM {kind.From} WHERE {where}");

        Assert.Contains($"COVERING INDEX {kind.Index}", page, StringComparison.Ordinal);
        Assert.Contains($"COVERING INDEX {kind.Index}", total, StringComparison.Ordinal);
        Assert.DoesNotContain("post_marks", page, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(TemporaryStore temp, string sql)
    {
        await using var connection = await temp.Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join(" / ", details);
    }
}

using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>The real command line on the PostgreSQL store: collecting, status, trends and questions, and two nodes at once.</summary>
public sealed class PostgresCollectionTests
{
    private const string PseudonymKey = "00112233445566778899aabbccddeeff";

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_OnPostgres_StoresEveryPostOnceAndTheQueriesReadThem()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        UsePostgres(h, database);
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 150));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 30));

        var first = await h.CollectAsync(TestContext.Current.CancellationToken);
        h.Server.AddPosts("depression", RecentPosts.Range("d", 151, 5));
        var second = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("reddit: 180 fetched, 180 new", first.Output, StringComparison.Ordinal);
        Assert.Contains("5 new", second.Output, StringComparison.Ordinal);
        var counts = await h.StoredCountsAsync();
        Assert.Equal((155L, 30L), (counts["depression"], counts["ADHD"]));

        var trends = await h.Cli.RunAsync("trends", "--json", "--interval", "day");
        Assert.True(trends.ExitCode == 0, trends.Error);
        using var json = JsonDocument.Parse(trends.Output);
        var total = json.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Sum(p => p.GetProperty("posts").GetInt32());
        Assert.Equal(185, total);
        var questions = await h.Cli.RunAsync("questions", "--json");
        Assert.True(questions.ExitCode == 0, questions.Error);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_TwoNodesAtOnceOnOneDatabase_StoreEveryPostExactlyOnce()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var a = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        await using var b = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        foreach (var node in (RedditCollectionHarness[])[a, b])
        {
            UsePostgres(node, database);
            node.Server.AddPosts("depression", RecentPosts.Range("d", 1, 120));
            node.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 60));
        }

        var results = await Task.WhenAll(a.CollectAsync(TestContext.Current.CancellationToken), b.CollectAsync(TestContext.Current.CancellationToken));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var counts = await a.StoredCountsAsync();
        Assert.Equal((120L, 60L), (counts["depression"], counts["ADHD"]));
    }

    private static void UsePostgres(RedditCollectionHarness harness, PostgresTestDatabase database)
    {
        harness.Cli.Settings["Store:Provider"] = "Postgres";
        harness.Cli.Settings["Store:ConnectionString"] = database.ConnectionString;
        harness.Cli.Settings["Store:PseudonymKey"] = PseudonymKey;
    }
}

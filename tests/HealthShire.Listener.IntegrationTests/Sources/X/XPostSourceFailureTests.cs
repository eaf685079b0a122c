using HealthShire.Listener.IntegrationTests.Fakes.X;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

public sealed class XPostSourceFailureTests : FakeXServerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TooManyRequests_WaitsForTheResetAndContinues()
    {
        var tweets = Enumerable.Range(0, 150).Select(i => Server.AddTweet($"depressed {i}")).ToList();
        Server.InjectFault(FakeXFault.TooManyRequests, afterRequests: 1);
        var time = new TimerWatchingTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = new XSourceHarness(Server, new Dictionary<string, string?> { ["Sources:X:BackfillPosts"] = "1000" }, time: time);

        var pass = harness.RunPassAsync(TestContext.Current.CancellationToken);
        var waited = await time.RunUntilDoneAsync(pass, ignoreLongerThan: TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var batches = await pass;

        // The fake server's window resets one second ahead, in whole seconds as X gives it.
        Assert.InRange(waited, TimeSpan.FromSeconds(0.001), TimeSpan.FromSeconds(2));
        Assert.Equal(150, batches[0].Posts.Count);
        Assert.Equal(tweets[^1].Id, harness.Checkpoint("depression"));
        Assert.Equal(2, Server.SearchRequests.Count(r => r["next_token"] is not null));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("429", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_WrongToken_StopsThePassWithAStatusCheckpointAndOneErrorLine()
    {
        Server.AddTweet("depressed");
        await using var harness = new XSourceHarness(Server, bearerToken: "not-the-token");

        var first = await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var second = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        var batch = Assert.Single(first);
        Assert.Empty(batch.Posts);
        Assert.StartsWith("unauthorized: HTTP 401 Unauthorized", harness.Checkpoint("status"), StringComparison.Ordinal);
        Assert.Null(harness.Checkpoint("depression"));
        Assert.Single(second);
        Assert.Equal(2, Server.Requests.Count);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("Sources:X:BearerToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", string.Join("\n", harness.Logs.GetSnapshot().Select(r => r.Message)), StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TierWithoutAccess_RecordsTheForbiddenReason()
    {
        Server.InjectFault(FakeXFault.Forbidden);
        await using var harness = new XSourceHarness(Server);

        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Single(batches);
        Assert.Contains("client-not-enrolled", harness.Checkpoint("status"), StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_NoBearerToken_YieldsNothingAndSaysOnceHowToTurnItOn()
    {
        await using var harness = new XSourceHarness(Server, bearerToken: "");

        Assert.Empty(await harness.RunPassAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await harness.RunPassAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await harness.Source.RefreshAsync(["1850000000000000001"], TestContext.Current.CancellationToken));

        Assert.Empty(Server.Requests);
        var line = Assert.Single(harness.Logs.GetSnapshot());
        Assert.Contains("Sources__X__BearerToken", line.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_BudgetSpent_StopsReadingAndSavesTheCount()
    {
        for (var i = 0; i < 100; i++)
        {
            Server.AddTweet($"depressed {i}");
            Server.AddTweet($"#adhd {i}");
        }

        var settings = new Dictionary<string, string?> { ["Sources:X:MonthlyReadBudget"] = "150", ["Sources:X:BackfillPosts"] = "1000" };
        await using var harness = new XSourceHarness(Server, settings);

        var first = await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var requestsAfterFirst = Server.Requests.Count;
        var second = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(150, XSourceHarness.PostsOf(first).Count);
        Assert.Equal(150, Server.TweetsServed);
        Assert.Equal("150", harness.Checkpoint(XSourceHarness.BudgetKey));
        Assert.Equal(requestsAfterFirst, Server.Requests.Count);
        Assert.Empty(XSourceHarness.PostsOf(second));
        Assert.StartsWith("budget spent: 150 of 150", harness.Checkpoint("status"), StringComparison.Ordinal);
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Message.Contains("Sources:X:MonthlyReadBudget", StringComparison.Ordinal));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(FakeXFault.MalformedJson)]
    [InlineData(FakeXFault.TruncatedBody)]
    public async Task FetchAsync_BadSecondPage_YieldsFirstPageWithoutAdvancingSinceId(FakeXFault fault)
    {
        var old = Server.AddTweet("depressed, already seen");
        await using var harness = new XSourceHarness(Server);
        await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var fresh = Enumerable.Range(0, 150).Select(i => Server.AddTweet($"depressed {i}")).ToList();
        Server.InjectFault(fault, afterRequests: 1);

        var broken = await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var repaired = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["depression", "adhd"], broken.Select(b => b.Community));
        Assert.Equal(100, broken[0].Posts.Count);
        Assert.DoesNotContain(broken[0].Checkpoints, c => c.Key == "depression");
        Assert.Equal(150, repaired[0].Posts.Count);
        Assert.Equal(fresh[^1].Id, harness.Checkpoint("depression"));
        Assert.Equal(old.Id, Server.SearchRequests[^3]["since_id"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_ServerErrorOnce_IsRetried()
    {
        var tweet = Server.AddTweet("depressed");
        Server.InjectFault(FakeXFault.ServerError);
        await using var harness = new XSourceHarness(Server);

        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal([tweet.Id], batches[0].Posts.Select(p => p.SourceId));
        Assert.Equal(tweet.Id, harness.Checkpoint("depression"));
    }
}

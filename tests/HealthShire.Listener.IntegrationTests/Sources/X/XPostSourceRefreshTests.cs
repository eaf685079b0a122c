using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Fakes.X;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

public sealed class XPostSourceRefreshTests : FakeXServerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_LiveAndDeletedTweets_ReturnsNewCountsAndDeletedFlags()
    {
        var live = Server.AddTweet("depressed", likes: 1, replies: 0);
        var gone = Server.AddTweet("depressed too");
        Server.AddTweet(live with { Likes = 12, Replies = 4 });
        Server.DeleteTweet(gone.Id);
        await using var harness = new XSourceHarness(Server);

        var updates = await harness.Source.RefreshAsync([live.Id, gone.Id], TestContext.Current.CancellationToken);

        Assert.Equal(
            [new PostUpdate(live.Id, 12, 4, PostFlags.None), new PostUpdate(gone.Id, 0, 0, PostFlags.Deleted)],
            updates.OrderBy(u => u.Flags));
        Assert.Equal("public_metrics", Server.Requests.Single()["tweet.fields"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_MoreThanAHundredIds_AsksInChunksAndCountsTheReadsInTheNextPass()
    {
        var tweets = Enumerable.Range(0, 150).Select(i => Server.AddTweet($"tweet {i}")).ToList();
        await using var harness = new XSourceHarness(Server);

        var updates = await harness.Source.RefreshAsync([.. tweets.Select(t => t.Id)], TestContext.Current.CancellationToken);
        await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(150, updates.Count);
        Assert.Equal([100, 50], Server.Requests.Where(r => r.IsLookup).Select(r => (r["ids"] ?? "").Split(',').Length));
        Assert.Equal("150", harness.Checkpoint(XSourceHarness.BudgetKey));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_WrongToken_ReturnsNothingWithoutThrowing()
    {
        var tweet = Server.AddTweet("depressed");
        await using var harness = new XSourceHarness(Server, bearerToken: "wrong");

        Assert.Empty(await harness.Source.RefreshAsync([tweet.Id], TestContext.Current.CancellationToken));
    }
}

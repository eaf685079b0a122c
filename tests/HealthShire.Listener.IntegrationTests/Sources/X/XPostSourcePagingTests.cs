using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Fakes.X;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

public sealed class XPostSourcePagingTests : FakeXServerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SeveralPages_YieldsOneBatchPerQueryWithEveryTweetAndTheNewestSinceId()
    {
        var tweets = Enumerable.Range(0, 230).Select(i => Server.AddTweet($"so depressed today #{i} & tired", likes: i, replies: i % 3)).ToList();
        Server.AddTweet("new #ADHD diagnosis, where do I start", authorId: "3003");
        Server.AddTweet("a tweet about the weather");
        await using var harness = new XSourceHarness(Server, new Dictionary<string, string?> { ["Sources:X:BackfillPosts"] = "1000" });

        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["depression", "adhd"], batches.Select(b => b.Community));
        var depression = batches[0].Posts;
        Assert.Equal(230, depression.Count);
        Assert.Equal(tweets.Select(t => t.Id).Order(), depression.Select(p => p.SourceId).Order());
        Assert.Equal(tweets[^1].Id, harness.Checkpoint("depression"));
        Assert.Equal("231", harness.Checkpoint(XSourceHarness.BudgetKey));
        Assert.Equal("ok", harness.Checkpoint("status"));
        var searches = Server.SearchRequests;
        Assert.Equal(4, searches.Count);
        Assert.Equal([null, "fxt_" + tweets[130].Id, "fxt_" + tweets[30].Id, null], searches.Select(r => r["next_token"]));
        Assert.All(searches, r => Assert.EndsWith("-is:retweet lang:en", r["query"], StringComparison.Ordinal));
        Assert.All(searches, r => Assert.Null(r["expansions"]));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_Tweet_MapsToPostWithPermalinkPseudonymAndDecodedText()
    {
        var tweet = Server.AddTweet("my meds & <therapy> finally working", authorId: "987654", likes: 7, replies: 2);
        await using var harness = new XSourceHarness(Server);

        var post = Assert.Single(XSourceHarness.PostsOf(await harness.RunPassAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(
            new Post("x", tweet.Id, "depression", "", "my meds & <therapy> finally working",
                XSourceHarness.Pseudonymizer.Pseudonymize("x", "987654"), $"https://x.com/i/web/status/{tweet.Id}",
                post.CreatedAt, 7, 2, PostFlags.None),
            post);
        Assert.Equal(tweet.CreatedAt.ToUnixTimeSeconds(), post.CreatedAt.ToUnixTimeSeconds());
        Assert.DoesNotContain("987654", post.AuthorPseudonym, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SecondPass_AsksFromSinceIdAndGetsOnlyNewTweets()
    {
        var first = Server.AddTweet("feeling depressed");
        await using var harness = new XSourceHarness(Server);
        await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var second = Server.AddTweet("still depressed, new meds tomorrow");

        var posts = XSourceHarness.PostsOf(await harness.RunPassAsync(TestContext.Current.CancellationToken));

        Assert.Equal([second.Id], posts.Select(p => p.SourceId));
        Assert.Equal(first.Id, Server.SearchRequests[^2]["since_id"]);
        Assert.Equal(second.Id, harness.Checkpoint("depression"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_FirstRun_ReadsNoMoreThanTheBackfillLimit()
    {
        for (var i = 0; i < 120; i++)
        {
            Server.AddTweet($"depressed {i}");
        }

        var newest = Server.AddTweet("depressed, the newest");
        await using var harness = new XSourceHarness(Server, new Dictionary<string, string?> { ["Sources:X:BackfillPosts"] = "40" });

        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(40, batches[0].Posts.Count);
        Assert.Equal("40", Server.SearchRequests[0]["max_results"]);
        Assert.Equal(newest.Id, harness.Checkpoint("depression"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_EmptyResultPage_YieldsEmptyBatchesAndNoSinceId()
    {
        await using var harness = new XSourceHarness(Server);

        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, batches.Count);
        Assert.All(batches, b => Assert.Empty(b.Posts));
        Assert.Null(harness.Checkpoint("depression"));
        Assert.Null(harness.Checkpoint(XSourceHarness.BudgetKey));
        Assert.Equal("ok", harness.Checkpoint("status"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_CancelledAfterFirstPage_NextPassResumesFromTheOldSinceId()
    {
        var old = Server.AddTweet("depressed, before the crash");
        await using var harness = new XSourceHarness(Server, new Dictionary<string, string?> { ["Sources:X:BackfillPosts"] = "1000" });
        await harness.RunPassAsync(TestContext.Current.CancellationToken);
        var fresh = Enumerable.Range(0, 150).Select(i => Server.AddTweet($"depressed again {i}")).ToList();
        using var crash = new CancellationTokenSource();
        Server.OnRequest = request =>
        {
            if (request["next_token"] is not null)
            {
                crash.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunPassAsync(crash.Token));
        Assert.Equal(old.Id, harness.Checkpoint("depression"));

        Server.OnRequest = null;
        var batches = await harness.RunPassAsync(TestContext.Current.CancellationToken);

        var resumed = Server.SearchRequests.Last(r => r["next_token"] is null && (r["query"] ?? "").Contains("depressed", StringComparison.Ordinal));
        Assert.Equal(old.Id, resumed["since_id"]);
        Assert.Equal(fresh.Select(t => t.Id).Order(), batches[0].Posts.Select(p => p.SourceId).Order());
        Assert.Equal(fresh[^1].Id, harness.Checkpoint("depression"));
    }
}

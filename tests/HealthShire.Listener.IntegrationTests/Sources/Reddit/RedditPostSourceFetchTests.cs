using System.Net;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

public sealed class RedditPostSourceFetchTests
{
    private static readonly Dictionary<string, string?> Backfill150 = new() { ["Sources:Reddit:BackfillPosts"] = "150" };

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_FirstRun_ReadsNewestPostsUpToBackfillLimitWithOneCheckpoint()
    {
        await using var host = await RedditTestHost.StartAsync(["depression"], settings: Backfill150);
        host.Server.AddPosts("depression", FakeRedditPosts.Range(1, 250));

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(150, batch.Posts.Count);
        Assert.Equal(150, batch.Posts.Select(p => p.SourceId).Distinct().Count());
        Assert.Equal(FakeRedditPosts.Start.AddMinutes(101), batch.Posts.Min(p => p.CreatedAt));
        var checkpoint = Assert.Single(batch.Checkpoints);
        Assert.Equal(("reddit", "depression"), (checkpoint.Source, checkpoint.Key));
        Assert.StartsWith("t3_" + FakeRedditPosts.Numbered(250).Id + "@", checkpoint.Value, StringComparison.Ordinal);
        var listings = host.ListingRequests();
        Assert.Equal(2, listings.Count);
        Assert.Contains("limit=100", listings[0].Query, StringComparison.Ordinal);
        Assert.Contains("limit=50", listings[1].Query, StringComparison.Ordinal);
        Assert.Contains("after=t3_", listings[1].Query, StringComparison.Ordinal);
        Assert.Contains("raw_json=1", listings[0].Query, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_WithCredentials_SendsBearerTokenAndUserAgentToTheApi()
    {
        await using var host = await RedditTestHost.StartAsync(["ADHD", "Anxiety"]);
        host.Server.AddPosts("ADHD", FakeRedditPosts.Range(1, 3));

        var batches = await host.FetchAsync();

        Assert.Equal(["ADHD", "Anxiety"], batches.Select(b => b.Community));
        Assert.Equal("ADHD", batches[0].Posts[0].Community);
        Assert.Equal("adhd", batches[0].Checkpoints.Single().Key);
        Assert.Empty(batches[1].Checkpoints);
        var requests = host.Server.Requests;
        Assert.Single(requests, r => r.IsTokenRequest);
        Assert.All(requests, r => Assert.Equal(RedditTestHost.UserAgent, r.UserAgent));
        Assert.All(host.ListingRequests(), r =>
        {
            Assert.StartsWith("bearer fake-token-", r.Authorization, StringComparison.Ordinal);
            Assert.DoesNotContain(".json", r.Path, StringComparison.Ordinal);
        });
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_WithCheckpoint_ReadsOnlyNewerPostsAndStopsWithoutFurtherPages()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 120));
        var first = Assert.Single(await host.FetchAsync());
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(121, 5));
        var requestsBefore = host.ListingRequests().Count;

        var second = Assert.Single(await host.FetchAsync(first.Checkpoints.Single()));

        Assert.Equal(["p7d", "p7c", "p7b", "p7a", "p79"], second.Posts.Select(p => p.SourceId));
        Assert.Equal(requestsBefore + 1, host.ListingRequests().Count);
        Assert.StartsWith("t3_p7d@", second.Checkpoints.Single().Value, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_NewestCheckpointPostDeleted_StopsAtItsCreationTime()
    {
        await using var host = await RedditTestHost.StartAsync(["bipolar"]);
        host.Server.AddPosts("bipolar", FakeRedditPosts.Range(1, 10));
        var first = Assert.Single(await host.FetchAsync());
        host.Server.RemovePost(FakeRedditPosts.Numbered(10).Id);
        host.Server.AddPosts("bipolar", FakeRedditPosts.Range(11, 2));

        var second = Assert.Single(await host.FetchAsync(first.Checkpoints.Single()));

        Assert.Equal(2, second.Posts.Count);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_NoNewPosts_YieldsAnEmptyBatchThatKeepsTheCheckpointValue()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        var first = Assert.Single(await host.FetchAsync());

        var second = Assert.Single(await host.FetchAsync(first.Checkpoints.Single()));

        Assert.Empty(second.Posts);
        // A clean pass: the same checkpoint is stored again (as read now), unlike a failed pass, which stores none.
        Assert.Equal(first.Checkpoints.Single().Value, Assert.Single(second.Checkpoints).Value);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_DeletedAndRemovedPosts_AreFlaggedWithoutText()
    {
        await using var host = await RedditTestHost.StartAsync(["depression"]);
        var start = FakeRedditPosts.Start;
        host.Server.AddPosts(
            "depression",
            new FakeRedditPost("aa1", start, Selftext: "[deleted]", Author: "[deleted]"),
            new FakeRedditPost("aa2", start.AddMinutes(1), Selftext: "[removed]", RemovedByCategory: "moderator"),
            new FakeRedditPost("aa3", start.AddMinutes(2), Selftext: "Fish &amp; chips 😊", Over18: true));

        var posts = Assert.Single(await host.FetchAsync()).Posts.ToDictionary(p => p.SourceId);

        Assert.Equal((PostFlags.Deleted, "", null), (posts["aa1"].Flags, posts["aa1"].Body, posts["aa1"].AuthorPseudonym));
        Assert.Equal((PostFlags.Removed, ""), (posts["aa2"].Flags, posts["aa2"].Body));
        Assert.Equal((PostFlags.Over18, "Fish & chips 😊"), (posts["aa3"].Flags, posts["aa3"].Body));
        Assert.NotNull(posts["aa3"].AuthorPseudonym);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("a_user", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_ForbiddenAndMissingSubreddits_AreSkippedAndOthersStillRead()
    {
        await using var host = await RedditTestHost.StartAsync(["private1", "banned1", "Anxiety"]);
        host.Server.SetSubredditStatus("private1", HttpStatusCode.Forbidden);
        host.Server.SetSubredditStatus("banned1", HttpStatusCode.NotFound);
        host.Server.AddPosts("Anxiety", FakeRedditPosts.Range(1, 2));

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal("Anxiety", batch.Community);
        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal(2, host.Logs.GetSnapshot().Count(r => r.Message.Contains("is not available", StringComparison.Ordinal)));
    }
}

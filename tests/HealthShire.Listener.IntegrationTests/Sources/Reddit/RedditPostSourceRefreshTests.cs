using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

public sealed class RedditPostSourceRefreshTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_AsksInChunksOf100AndFlagsMissingPostsDeleted()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        var posts = FakeRedditPosts.Range(1, 150);
        host.Server.AddPosts("ptsd", posts);
        host.Server.UpdatePost(posts[0].Id, p => p with { Score = 42, NumComments = 7 });
        host.Server.UpdatePost(posts[1].Id, p => p with { Selftext = "[removed]", RemovedByCategory = "moderator" });
        host.Server.RemovePost(posts[2].Id);

        var updates = (await host.Source.RefreshAsync([.. posts.Select(p => p.Id)], TestContext.Current.CancellationToken)).ToDictionary(u => u.SourceId);

        Assert.Equal(150, updates.Count);
        Assert.Equal(new PostUpdate(posts[0].Id, 42, 7, PostFlags.None), updates[posts[0].Id]);
        Assert.Equal(PostFlags.Removed, updates[posts[1].Id].Flags);
        Assert.Equal(new PostUpdate(posts[2].Id, 0, 0, PostFlags.Deleted), updates[posts[2].Id]);
        var infos = host.ListingRequests();
        Assert.Equal(2, infos.Count);
        Assert.All(infos, r => Assert.Equal("/api/info", r.Path));
        Assert.Equal(100, infos[0].Query.Split("t3_").Length - 1);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_FailedChunk_LeavesItsIdsOut()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        var posts = FakeRedditPosts.Range(1, 120);
        host.Server.AddPosts("ptsd", posts);
        host.Server.InjectFault(FakeRedditFault.MalformedJson(), urlContains: "t3_p1,");

        var updates = await host.Source.RefreshAsync([.. posts.Select(p => p.Id)], TestContext.Current.CancellationToken);

        Assert.Equal(20, updates.Count);
        Assert.All(updates, u => Assert.Equal(PostFlags.None, u.Flags));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task PublicMode_WithoutCredentials_UsesJsonEndpointsWithoutTokensAtTheConfiguredInterval()
    {
        var time = new TimerWatchingTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RedditTestHost.StartAsync(
            ["ADHD"],
            withCredentials: false,
            settings: new Dictionary<string, string?>
            {
                ["Sources:Reddit:PacingEnabled"] = "true",
                ["Sources:Reddit:PublicMinRequestInterval"] = "00:00:00.300",
            },
            time: time);
        host.Server.AddPosts("ADHD", FakeRedditPosts.Range(1, 120));

        var fetch = host.FetchAsync();
        var waited = await time.RunUntilDoneAsync(fetch, ignoreLongerThan: TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var batch = Assert.Single(await fetch);
        var refresh = host.Source.RefreshAsync(["p1"], TestContext.Current.CancellationToken);
        waited += await time.RunUntilDoneAsync(refresh, ignoreLongerThan: TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var updates = await refresh;

        Assert.Equal(TimeSpan.FromMilliseconds(600), waited);
        Assert.Equal(120, batch.Posts.Count);
        Assert.Single(updates);
        var requests = host.Server.Requests;
        Assert.DoesNotContain(requests, r => r.IsTokenRequest || r.Authorization is not null);
        Assert.Equal(["/r/ADHD/new.json", "/r/ADHD/new.json", "/api/info.json"], requests.Select(r => r.Path));
    }
}

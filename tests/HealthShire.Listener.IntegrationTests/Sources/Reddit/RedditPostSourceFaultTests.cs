using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

public sealed class RedditPostSourceFaultTests
{
    public static TheoryData<string> BadPages => ["truncated", "malformed", "wrong-shape", "500"];

    [Theory(Timeout = TestTimeouts.Integration)]
    [MemberData(nameof(BadPages))]
    public async Task FetchAsync_BadSecondPage_YieldsFirstPageWithoutCheckpointAndGoesOn(string fault)
    {
        await using var host = await RedditTestHost.StartAsync(["depression", "ADHD"]);
        host.Server.AddPosts("depression", FakeRedditPosts.Range(1, 150));
        host.Server.AddPosts("ADHD", FakeRedditPosts.Range(1, 4, "q"));
        var injected = fault switch
        {
            "truncated" => FakeRedditFault.TruncatedBody(),
            "malformed" => FakeRedditFault.MalformedJson(),
            "wrong-shape" => FakeRedditFault.WrongShape(),
            _ => FakeRedditFault.WithStatus(System.Net.HttpStatusCode.InternalServerError),
        };
        host.Server.InjectFault(injected, times: 4, urlContains: "/r/depression/new?limit=100&raw_json=1&after=");

        var batches = await host.FetchAsync();

        Assert.Equal(2, batches.Count);
        Assert.Equal(100, batches[0].Posts.Count);
        Assert.Empty(batches[0].Checkpoints);
        Assert.Equal(4, batches[1].Posts.Count);
        Assert.Single(batches[1].Checkpoints);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("r/depression stopped after 100", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_UnreadablePostsInAPage_AreSkippedAndNamedWhileTheRestIsStoredAndTheCheckpointMoves()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 38));
        host.Server.AddPosts("ptsd", [
            new FakeRedditPost("badnum", FakeRedditPosts.Start.AddMinutes(39)),
            new FakeRedditPost("esc1", FakeRedditPosts.Start.AddMinutes(40), Title: "BAD-ESCAPE")]);
        host.Server.InjectFault(FakeRedditFault.BadItems(), times: 1);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(38, batch.Posts.Count);
        Assert.Equal("t3_p26@1740832680", Assert.Single(batch.Checkpoints).Value);
        var skipped = host.Logs.GetSnapshot().Where(r => r.Message.Contains("Skipped an unreadable post", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Contains(skipped, r => r.Message.Contains("post '12'", StringComparison.Ordinal) && r.Message.Contains("$.data.id", StringComparison.Ordinal));
        Assert.Contains(skipped, r => r.Message.Contains("post 'esc1'", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_RedirectToAnotherHost_IsRefusedAndReportedAndNothingFromThereIsStored()
    {
        await using var other = new FakeRedditServer();
        await other.StartAsync();
        other.AddPosts("ptsd", FakeRedditPosts.Range(1, 60, "evil"));
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.RedirectTo(other.BaseUrl.TrimEnd('/') + "/r/ptsd/new?limit=100&raw_json=1"), times: 1);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Empty(batch.Posts);
        Assert.Empty(batch.Checkpoints);
        Assert.Empty(other.Requests);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("refused a 302 redirect", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_RedirectOnTheSameHost_IsFollowed()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.RedirectTo("/r/ptsd/new?limit=100&raw_json=1&moved=1"), times: 1);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SlowBody_IsCutByTheAttemptTimeoutAndRetried()
    {
        await using var host = await RedditTestHost.StartAsync(
            ["ptsd"],
            settings: new Dictionary<string, string?> { ["Sources:Reddit:AttemptTimeout"] = "00:00:01.500" });
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.SlowBody(TimeSpan.FromSeconds(60)), times: 1);
        var listingsStarted = 0;
        host.Server.RequestStarted += path => Interlocked.Add(ref listingsStarted, path.StartsWith("/r/", StringComparison.Ordinal) ? 1 : 0);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        Assert.Equal(2, listingsStarted);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_EndlessBody_EndsThatSubredditWithoutACheckpointAndGoesOn()
    {
        await using var host = await RedditTestHost.StartAsync(
            ["ptsd", "ADHD"],
            settings: new Dictionary<string, string?> { ["Sources:Reddit:AttemptTimeout"] = "00:00:01" });
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.AddPosts("ADHD", FakeRedditPosts.Range(1, 2, "a"));
        host.Server.InjectFault(FakeRedditFault.EndlessBody(), times: 4, urlContains: "/r/ptsd/");

        var batches = await host.FetchAsync();

        Assert.Empty(batches[0].Checkpoints);
        Assert.Equal(2, batches[1].Posts.Count);
        Assert.Single(batches[1].Checkpoints);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TwoServerErrors_AreRetriedByTheResilienceHandler()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.WithStatus(System.Net.HttpStatusCode.BadGateway));
        host.Server.InjectFault(FakeRedditFault.WithStatus(System.Net.HttpStatusCode.ServiceUnavailable));

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        Assert.Equal([502, 503, 200], host.ListingRequests().Select(r => r.Status));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SlowAnswer_TimesOutTheAttemptAndRetries()
    {
        await using var host = await RedditTestHost.StartAsync(
            ["ptsd"],
            settings: new Dictionary<string, string?> { ["Sources:Reddit:AttemptTimeout"] = "00:00:01.500" });
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.Slow(TimeSpan.FromSeconds(10)));
        var listingsStarted = 0;
        host.Server.RequestStarted += path => Interlocked.Add(ref listingsStarted, path.StartsWith("/r/", StringComparison.Ordinal) ? 1 : 0);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        // Had the slow answer been waited for, it would have been the only request: the retry proves the attempt timed out.
        Assert.Equal(2, listingsStarted);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TooManyRequests_WaitsRetryAfterAndRepeatsTheRequest()
    {
        var time = new TimerWatchingTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RedditTestHost.StartAsync(["ptsd"], time: time);
        host.Server.InjectFault(FakeRedditFault.TooManyRequests(retryAfterSeconds: 1));
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));

        var fetch = host.FetchAsync();
        var waited = await time.RunUntilDoneAsync(fetch, ignoreLongerThan: TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var batch = Assert.Single(await fetch);

        Assert.Equal(TimeSpan.FromSeconds(1), waited);
        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        var listings = host.ListingRequests();
        Assert.Equal([429, 200], listings.Select(r => r.Status));
        Assert.Equal(listings[0].Query, listings[1].Query);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("429", StringComparison.Ordinal) && r.Message.Contains("Retry-After", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_RevokedToken_FetchesOneNewTokenAndRepeatsTheRequest()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        await host.FetchAsync();
        host.Server.RevokeTokens();

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Equal(2, host.Server.Requests.Count(r => r.IsTokenRequest));
        Assert.Equal([200, 401, 200], host.ListingRequests().Select(r => r.Status));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_WrongCredentials_FailsEachSubredditWithoutLoggingTheSecret()
    {
        await using var host = await RedditTestHost.StartAsync(
            ["ptsd", "ADHD"],
            settings: new Dictionary<string, string?> { ["Sources:Reddit:ClientSecret"] = "not-the-secret-xyz" });
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));

        var batches = await host.FetchAsync();

        Assert.All(batches, b => Assert.Empty(b.Checkpoints));
        Assert.Empty(host.ListingRequests());
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("not-the-secret-xyz", StringComparison.Ordinal));
    }
}

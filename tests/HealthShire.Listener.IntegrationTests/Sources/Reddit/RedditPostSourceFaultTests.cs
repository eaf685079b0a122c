using System.Diagnostics;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

public sealed class RedditPostSourceFaultTests
{
    public static TheoryData<string> BadPages => ["truncated", "malformed", "wrong-shape", "500"];

    [Theory]
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

    [Fact]
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

    [Fact]
    public async Task FetchAsync_SlowAnswer_TimesOutTheAttemptAndRetries()
    {
        await using var host = await RedditTestHost.StartAsync(
            ["ptsd"],
            settings: new Dictionary<string, string?> { ["Sources:Reddit:AttemptTimeout"] = "00:00:01.500" });
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.Slow(TimeSpan.FromSeconds(10)));
        var clock = Stopwatch.StartNew();

        var batch = Assert.Single(await host.FetchAsync());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"took {clock.Elapsed}");
        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
    }

    [Fact]
    public async Task FetchAsync_TooManyRequests_WaitsRetryAfterAndRepeatsTheRequest()
    {
        await using var host = await RedditTestHost.StartAsync(["ptsd"]);
        host.Server.AddPosts("ptsd", FakeRedditPosts.Range(1, 3));
        host.Server.InjectFault(FakeRedditFault.TooManyRequests(retryAfterSeconds: 1));
        var clock = Stopwatch.StartNew();

        var batch = Assert.Single(await host.FetchAsync());

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {clock.Elapsed}");
        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        var listings = host.ListingRequests();
        Assert.Equal([429, 200], listings.Select(r => r.Status));
        Assert.Equal(listings[0].Query, listings[1].Query);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("429", StringComparison.Ordinal) && r.Message.Contains("Retry-After", StringComparison.Ordinal));
    }

    [Fact]
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

    [Fact]
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

using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Mastodon;

public sealed class MastodonPostSourceFaultTests
{
    public static TheoryData<string> BadBodies => ["html", "truncated", "not-a-list", "500"];

    [Theory(Timeout = TestTimeouts.Integration)]
    [MemberData(nameof(BadBodies))]
    public async Task FetchAsync_BadSecondPage_KeepsTheFirstPageWithoutCheckpointAndReadsTheOtherTags(string fault)
    {
        await using var host = await MastodonTestHost.StartAsync(["depression", "adhd"]);
        var baseUrl = host.Server.BaseUrl;
        host.Server.AddStatuses(FakeMastodonStatus.Range(baseUrl, 1, 60, "depression"));
        host.Server.AddStatuses(FakeMastodonStatus.Range(baseUrl, 100, 3, "adhd"));
        var injected = fault switch
        {
            "html" => FakeMastodonFault.HtmlBody(),
            "truncated" => FakeMastodonFault.Truncated(),
            "not-a-list" => FakeMastodonFault.NotAList(),
            _ => FakeMastodonFault.ServerError(500),
        };
        host.Server.InjectFault(injected, times: 4, urlContains: "depression?limit=40&max_id=");

        var batches = await host.FetchAsync();

        Assert.Equal(2, batches.Count);
        Assert.Equal(40, batches[0].Posts.Count);
        Assert.Empty(batches[0].Checkpoints);
        Assert.Equal(3, batches[1].Posts.Count);
        Assert.Single(batches[1].Checkpoints);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("#depression on", StringComparison.Ordinal)
            && r.Message.Contains("stopped after 40", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_MalformedEntries_AreSkippedAndTheRestOfThePageIsKept()
    {
        await using var host = await MastodonTestHost.StartAsync(["anxiety"]);
        var baseUrl = host.Server.BaseUrl;
        var good = FakeMastodonStatus.Numbered(baseUrl, 5, "anxiety");
        host.Server.AddStatuses(
            good,
            good with { Id = FakeMastodonStatus.IdOf(4), RawJson = "42" },
            good with { Id = FakeMastodonStatus.IdOf(3), RawJson = """{"id":"1000003","uri":"https://a.example/users/a/statuses/3","created_at":"not a date"}""" },
            good with { Id = FakeMastodonStatus.IdOf(2), RawJson = """{"id":"1000002","uri":"javascript:alert(1)","created_at":"2026-11-02T09:00:00.000Z"}""" },
            good with { Id = FakeMastodonStatus.IdOf(1), RawJson = """{"id":{"nested":true},"replies_count":"many"}""" },
            good with { Id = FakeMastodonStatus.IdOf(0), Visibility = "direct", Uri = baseUrl + "/users/alice/statuses/0" });

        var batch = Assert.Single(await host.FetchAsync());

        var post = Assert.Single(batch.Posts);
        Assert.Equal(FakeMastodonStatus.Start.AddMinutes(5), post.CreatedAt);
        Assert.Equal("1000005", batch.Checkpoints.Single().Value);
        var messages = host.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains(messages, m => m.Contains("2 entries of a page were not statuses", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("no valid created_at", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("no valid uri", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("visibility is 'direct'", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TooManyRequests_WaitsForTheRateLimitResetThenAsksAgain()
    {
        var start = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var time = new TimerWatchingTimeProvider(start);
        await using var host = await MastodonTestHost.StartAsync(["ptsd"], time: time);
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 3, "ptsd"));
        host.Server.InjectFault(FakeMastodonFault.TooManyRequests(resetAt: start.AddSeconds(1.5)));

        var fetch = host.FetchAsync();
        var waited = await time.RunUntilDoneAsync(fetch, ignoreLongerThan: TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var batch = Assert.Single(await fetch);

        Assert.Equal(TimeSpan.FromSeconds(1.5), waited);
        Assert.Equal(3, batch.Posts.Count);
        Assert.Single(batch.Checkpoints);
        Assert.Equal([429, 200], host.Server.Requests.Select(r => r.Status));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("429 Too Many Requests", StringComparison.Ordinal)
            && r.Message.Contains("rate-limit reset", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_ServerErrors_AreRetriedByTheResilienceHandler()
    {
        await using var host = await MastodonTestHost.StartAsync(["ptsd"]);
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 3, "ptsd"));
        host.Server.InjectFault(FakeMastodonFault.ServerError(502));
        host.Server.InjectFault(FakeMastodonFault.ServerError(503));

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal(3, batch.Posts.Count);
        Assert.Equal([502, 503, 200], host.Server.Requests.Select(r => r.Status));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TagClosedToAnonymousReaders_IsSkippedAndOthersAreRead()
    {
        await using var host = await MastodonTestHost.StartAsync(["closed", "open"]);
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 2, "open"));
        host.Server.InjectFault(new FakeMastodonFault(401, """{"error":"This API requires an authenticated user"}"""), urlContains: "/closed");

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal("open", batch.Community);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("#closed on", StringComparison.Ordinal)
            && r.Message.Contains("is not available (401", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_ReadsReplyCountsAndFlagsDeletedStatuses_AlsoAfterARestart()
    {
        await using var host = await MastodonTestHost.StartAsync(["depression"]);
        var baseUrl = host.Server.BaseUrl;
        host.Server.AddStatuses(FakeMastodonStatus.Range(baseUrl, 1, 3, "depression"));
        var posts = Assert.Single(await host.FetchAsync()).Posts.OrderBy(p => p.CreatedAt).ToList();
        host.Server.UpdateStatus(FakeMastodonStatus.IdOf(1), s => s with { RepliesCount = 4, FavouritesCount = 2 });
        host.Server.RemoveStatus(FakeMastodonStatus.IdOf(2));
        await host.RestartAsync();

        var updates = (await host.Source.RefreshAsync([.. posts.Select(p => p.SourceId), "not base64url!"], TestContext.Current.CancellationToken))
            .ToDictionary(u => u.SourceId);

        Assert.Equal(3, updates.Count);
        Assert.Equal((4, 2, PostFlags.None), (updates[posts[0].SourceId].ReplyCount, updates[posts[0].SourceId].Score, updates[posts[0].SourceId].Flags));
        Assert.Equal(PostFlags.Deleted, updates[posts[1].SourceId].Flags);
        Assert.Equal(PostFlags.None, updates[posts[2].SourceId].Flags);
        // One request for the three (Mastodon 4.3's GET /api/v1/statuses?id[]=), none per status.
        var batch = Assert.Single(host.Server.Requests, r => r.Path == "/api/v1/statuses");
        Assert.Contains($"id%5B%5D={FakeMastodonStatus.IdOf(1)}", batch.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Server.Requests, r => r.Path.StartsWith("/api/v1/statuses/", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_ManyStatuses_AreAskedForInChunksOfRefreshBatchSize()
    {
        await using var host = await MastodonTestHost.StartAsync(["depression"]);
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 45, "depression"));
        var posts = (await host.FetchAsync()).SelectMany(b => b.Posts).ToList();

        var updates = await host.Source.RefreshAsync([.. posts.Select(p => p.SourceId)], TestContext.Current.CancellationToken);

        Assert.Equal(45, updates.Count);
        Assert.All(updates, u => Assert.Equal(PostFlags.None, u.Flags));
        var batches = host.Server.Requests.Where(r => r.Path == "/api/v1/statuses").ToList();
        Assert.Equal([20, 20, 5], batches.Select(r => r.Query.Split("id%5B%5D=").Length - 1));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_InstanceWithoutTheManyStatusesCall_FallsBackToOneRequestEach_AndAsksOnlyOnce()
    {
        await using var host = await MastodonTestHost.StartAsync(["depression"]);
        host.Server.ServesMultipleStatuses = false;
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 3, "depression"));
        var posts = Assert.Single(await host.FetchAsync()).Posts.ToList();
        host.Server.UpdateStatus(FakeMastodonStatus.IdOf(2), s => s with { RepliesCount = 6 });
        host.Server.RemoveStatus(FakeMastodonStatus.IdOf(3));

        var first = await host.Source.RefreshAsync([.. posts.Select(p => p.SourceId)], TestContext.Current.CancellationToken);
        var second = await host.Source.RefreshAsync([.. posts.Select(p => p.SourceId)], TestContext.Current.CancellationToken);

        Assert.Equal(3, first.Count);
        Assert.Equal(second.OrderBy(u => u.SourceId, StringComparer.Ordinal), first.OrderBy(u => u.SourceId, StringComparer.Ordinal));
        Assert.Equal(6, first.Single(u => u.ReplyCount == 6).ReplyCount);
        Assert.Single(first, u => u.Flags == PostFlags.Deleted);
        Assert.Single(host.Server.Requests, r => r.Path == "/api/v1/statuses");
        Assert.Equal(6, host.Server.Requests.Count(r => r.Path.StartsWith("/api/v1/statuses/", StringComparison.Ordinal)));
    }
}

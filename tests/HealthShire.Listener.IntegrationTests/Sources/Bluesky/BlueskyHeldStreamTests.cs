using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.Bluesky;
using HealthShire.Listener.Sources.Bluesky;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary><see cref="BlueskyPostSource.HoldAsync"/> against the fake Jetstream, on a fake clock.</summary>
public sealed class BlueskyHeldStreamTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task HoldAsync_StoresWhatItHoldsOnlyOnceFlushIntervalHasPassed_AndTheRestWhenStopped()
    {
        await using var server = new FakeJetstreamServer();
        await server.StartAsync(TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var held = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            held.Add(AddPost(server, time.GetUtcNow() - TimeSpan.FromMinutes(5 - i), $"depressed, held #{i}"));
        }

        var options = new BlueskyOptions
        {
            JetstreamUrl = server.SubscribeUrl,
            FlushInterval = TimeSpan.FromMinutes(1),
            FirstPassBackfill = TimeSpan.FromHours(1),
        };
        options.Terms.Add(new BlueskyTermGroup { Name = "depression", Terms = { "depressed" } });
        var source = new BlueskyPostSource(
            new HmacAuthorPseudonymizer(new byte[32]), Options.Create(options), time, NullLogger<BlueskyPostSource>.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stream = source.HoldAsync(new Dictionary<string, Checkpoint>(), stop.Token).GetAsyncEnumerator(stop.Token);

        var next = stream.MoveNextAsync().AsTask();
        await WaitForLiveAsync(server, 10);
        Assert.False(next.IsCompleted, "nothing is stored while the clock stands still");
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await next);
        var first = stream.Current.Batch;
        Assert.NotNull(first);
        Assert.Equal(3, first.Posts.Count);
        var cursor = long.Parse(first.Checkpoints.Single(c => c.Key == BlueskyPostSource.CursorKey).Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(cursor >= held[^1], $"cursor {cursor} should be past the last held post {held[^1]}");

        // Read on (the clock stands still, so nothing is due) past a live post, then stop.
        next = stream.MoveNextAsync().AsTask();
        AddPost(server, time.GetUtcNow(), "depressed, live and held at the stop");
        await WaitForLiveAsync(server, server.LiveSent + 20);
        Assert.False(next.IsCompleted);
        await stop.CancelAsync();
        Assert.True(await next);
        var last = stream.Current.Batch;
        Assert.NotNull(last);
        Assert.Equal("depressed, live and held at the stop", Assert.Single(last.Posts).Body);
        Assert.False(await stream.MoveNextAsync());
        Assert.Single(server.Queries);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task HoldAsync_StoredCursorOlderThanTheReplayWindow_StoresTheGapWithTheFirstBatch()
    {
        await using var server = new FakeJetstreamServer();
        await server.StartAsync(TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        AddPost(server, time.GetUtcNow() - TimeSpan.FromHours(3), "depressed, lost in the outage");
        var kept = AddPost(server, time.GetUtcNow() - TimeSpan.FromMinutes(30), "depressed, after the outage");
        server.ReplayFrom = time.GetUtcNow() - TimeSpan.FromHours(1);
        var options = new BlueskyOptions { JetstreamUrl = server.SubscribeUrl, ReplayWindow = TimeSpan.FromHours(1) };
        options.Terms.Add(new BlueskyTermGroup { Name = "depression", Terms = { "depressed" } });
        var source = new BlueskyPostSource(
            new HmacAuthorPseudonymizer(new byte[32]), Options.Create(options), time, NullLogger<BlueskyPostSource>.Instance);
        var stored = FakeJetstreamJson.TimeUs(time.GetUtcNow() - TimeSpan.FromHours(4));
        var checkpoints = new Dictionary<string, Checkpoint>
        {
            [BlueskyPostSource.CursorKey] = new("bluesky", BlueskyPostSource.CursorKey, stored.ToString(System.Globalization.CultureInfo.InvariantCulture), time.GetUtcNow()),
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stream = source.HoldAsync(checkpoints, stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await stream.MoveNextAsync());

        var batch = stream.Current.Batch;
        Assert.NotNull(batch);
        Assert.Equal(kept, FakeJetstreamServer.CursorOf("cursor=" + batch.Checkpoints.Single(c => c.Key == BlueskyPostSource.CursorKey).Value));
        Assert.Contains("were not replayed", batch.Checkpoints.Single(c => c.Key == BlueskyPostSource.GapKey).Value, StringComparison.Ordinal);
        Assert.Equal("depressed, after the outage", Assert.Single(batch.Posts).Body);
    }

    private static long AddPost(FakeJetstreamServer server, DateTimeOffset at, string text)
    {
        var timeUs = FakeJetstreamJson.TimeUs(at);
        server.Add(timeUs, FakeJetstreamJson.Post(timeUs, "did:plc:author000000000000000001", "3lheld" + timeUs, text));
        return timeUs;
    }

    private static async Task WaitForLiveAsync(FakeJetstreamServer server, int messages)
    {
        while (server.LiveSent < messages)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}

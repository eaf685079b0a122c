using System.Globalization;
using HealthShire.Listener.IntegrationTests.Fakes.Bluesky;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary>The worker holds one Jetstream connection open instead of one per scheduled pass.</summary>
public sealed class BlueskyWorkerHoldTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_HoldsOneConnectionAcrossManyTriggers_AndStoresPostsAsTheyArrive()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        // A trigger every second, and passes that would end within a second: before, a new connection each second.
        harness.Cli.Settings["Sources:Bluesky:Interval"] = "00:00:01";
        harness.Cli.Settings["Sources:Bluesky:PassDuration"] = "00:00:01";
        harness.Cli.Settings["Sources:Bluesky:FlushInterval"] = "00:00:00.010";
        harness.AddPost(TimeSpan.FromMinutes(10), "depressed, before the worker started");
        await using var worker = await BlueskyWorkerHost.StartAsync(harness);
        await BlueskyWorkerHost.WaitUntilAsync(async () => await worker.StoredAsync() == 1);

        for (var i = 0; i < 3; i++)
        {
            // Posted while the connection is open: the fake sends it live, then goes on with identity events (one per 50 ms).
            var liveBefore = harness.Server.LiveSent;
            harness.AddPost(TimeSpan.Zero, $"my meds, live post {i}");
            await BlueskyWorkerHost.WaitUntilAsync(async () => await worker.StoredAsync() == 2 + i);
            await BlueskyWorkerHost.WaitUntilAsync(() => Task.FromResult(harness.Server.LiveSent >= liveBefore + 25));
        }

        Assert.Single(harness.Server.Queries);
        Assert.Equal(4, await worker.StoredAsync());
        var health = worker.Services.GetRequiredService<CollectionHealth>().Snapshot()["bluesky"];
        Assert.NotNull(health.LastSuccessAt);
        Assert.Null(health.LastFailure);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_ConnectionDropped_ReconnectsFromTheStoredCursor_NothingLostNothingDuplicated()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.Cli.Settings["Sources:Bluesky:FlushInterval"] = "00:00:00.010";
        for (var i = 0; i < 10; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(30 - i), $"feeling depressed #{i}");
        }

        harness.Server.DropNextConnectionAfter(4);
        await using var worker = await BlueskyWorkerHost.StartAsync(harness);
        await BlueskyWorkerHost.WaitUntilAsync(async () => await worker.StoredAsync() == 10);

        Assert.Equal(2, harness.Server.Queries.Count);
        // Closed after four events: the reconnection resumes at the fourth, which the replay repeats and the worker skips.
        Assert.Equal(harness.PostTimes[3], FakeJetstreamServer.CursorOf(harness.Server.Queries[1]));
        var health = worker.Services.GetRequiredService<CollectionHealth>().Snapshot()["bluesky"];
        Assert.NotNull(health.LastFailure);
        Assert.StartsWith($"Jetstream at {harness.Server.SubscribeUrl}", health.LastFailure, StringComparison.Ordinal);
        await worker.StopAsync();
        Assert.Equal(10, await worker.StoredAsync());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_Shutdown_StoresThePostsItHoldsWithTheirCursor()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        // Neither the batch size nor the flush interval is reached: only stopping stores the posts.
        harness.Cli.Settings["Sources:Bluesky:FlushInterval"] = "00:10:00";
        for (var i = 0; i < 7; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(20 - i), $"depressed, held #{i}");
        }

        await using var worker = await BlueskyWorkerHost.StartAsync(harness);
        // Live identity events follow the seven posts on the same connection: once many are sent, the posts were read.
        await BlueskyWorkerHost.WaitUntilAsync(() => Task.FromResult(harness.Server.LiveSent >= 20));
        Assert.Equal(0, await worker.StoredAsync());

        await worker.StopAsync();

        Assert.Equal(7, await worker.StoredAsync());
        var cursor = long.Parse(await worker.CheckpointAsync("cursor") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(cursor >= harness.PostTimes[^1], $"cursor {cursor} should be past the last post {harness.PostTimes[^1]}");
    }
}

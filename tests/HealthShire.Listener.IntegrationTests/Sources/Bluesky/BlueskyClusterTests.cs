using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.IntegrationTests.Fakes.Bluesky;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary>Two workers clustered on one PostgreSQL database: only one of them holds the Jetstream connection.</summary>
public sealed class BlueskyClusterTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task TwoClusteredWorkers_OneHoldsTheStream_AndTheOtherTakesOverFromTheCursorWhenItStops()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
            ["Scheduler:CheckinInterval"] = "00:00:01",
            ["Sources:Bluesky:Interval"] = "00:00:01",
            ["Sources:Bluesky:FlushInterval"] = "00:00:00.010",
        };
        foreach (var (key, value) in harness.Cli.Settings.Where(s => s.Key.StartsWith("Sources:Bluesky:", StringComparison.Ordinal)))
        {
            settings.TryAdd(key, value);
        }

        harness.AddPost(TimeSpan.FromMinutes(5), "depressed, before the cluster started");
        var nodes = await Task.WhenAll(ListenerServer.StartAsync(settings), ListenerServer.StartAsync(settings));
        await using var first = nodes[0];
        await using var second = nodes[1];
        var store = first.Services.GetRequiredService<IPostStore>();
        await WaitUntilStoredAsync(store, 1);
        // Both nodes' triggers fire every second; a couple of seconds of live traffic later, still one connection.
        var live = harness.Server.LiveSent;
        await BlueskyWorkerHost.WaitUntilAsync(() => Task.FromResult(harness.Server.LiveSent >= live + 40));
        Assert.Single(harness.Server.Queries);

        var holder = nodes.Single(n => n.Services.GetRequiredService<CollectionHealth>().Snapshot().ContainsKey("bluesky"));
        var other = holder == first ? second : first;
        await holder.StopAsync();
        var stoppedAt = FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow);
        await BlueskyWorkerHost.WaitUntilAsync(() => Task.FromResult(harness.Server.Queries.Count == 2));
        harness.AddPost(TimeSpan.Zero, "my meds, posted after the take-over");
        await WaitUntilStoredAsync(other.Services.GetRequiredService<IPostStore>(), 2);

        // The stored cursor, past the first post (without one it would start an hour back) and before the stop.
        Assert.InRange(FakeJetstreamServer.CursorOf(harness.Server.Queries[1]) ?? 0, harness.PostTimes[0] + 1, stoppedAt);
    }

    private static Task WaitUntilStoredAsync(IPostStore store, long posts) =>
        BlueskyWorkerHost.WaitUntilAsync(async () =>
            (await store.GetStatusAsync(TestContext.Current.CancellationToken)).Communities.Where(c => c.Source == "bluesky").Sum(c => c.Posts) == posts);
}

using HealthShire.Listener.Testing;
using System.Text.Json;
using HealthShire.Listener.Api.Trends;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>Kept trend answers never outlive a write to the store, nor their lifetime, and stay few.</summary>
public sealed class TrendsCacheTests
{
    private static readonly TrendQuery Query = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 29), TrendInterval.Week, null, null, null);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Trends_PostsStoredAfterAnAnswer_AreCountedInTheNextAnswer()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(Seed.Post("c1", Topics.Adhd));
        using var client = server.CreateClient();

        var before = await AdhdPostsAsync(client);
        await server.SeedAsync(Seed.Post("c2", Topics.Adhd), Seed.Post("c3", Topics.Adhd));
        var after = await AdhdPostsAsync(client);

        Assert.Equal((1, 3), (before, after));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_SameQueryTwice_AsksTheStoreOnce()
    {
        var (cache, store, _) = Create();

        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);
        await cache.GetTrendsAsync(Query with { }, TestContext.Current.CancellationToken);

        Assert.Equal(1, store.Calls);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_AfterANotedWrite_AsksTheStoreAgain()
    {
        var (cache, store, _) = Create();
        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);

        store.NoteWrite();
        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);

        Assert.Equal(2, store.Calls);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_AfterTheLifetime_AsksTheStoreAgain()
    {
        var (cache, store, time) = Create();
        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);

        time.Advance(TrendsCache.Lifetime - TimeSpan.FromSeconds(1));
        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));
        await cache.GetTrendsAsync(Query, TestContext.Current.CancellationToken);

        Assert.Equal(2, store.Calls);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_ManyDistinctQueries_KeepsAtMostTheBound()
    {
        var (cache, _, _) = Create();

        for (var i = 0; i < TrendsCache.MaxEntries * 3; i++)
        {
            await cache.GetTrendsAsync(Query with { To = Query.To.AddDays(i) }, TestContext.Current.CancellationToken);
            Assert.InRange(cache.Count, 1, TrendsCache.MaxEntries);
        }
    }

    private static (TrendsCache Cache, CountingInsightsStore Store, FakeTimeProvider Time) Create()
    {
        var store = new CountingInsightsStore();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero));
        return (new TrendsCache(store, time), store, time);
    }

    private static async Task<long> AdhdPostsAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/trends?topic=adhd", UriKind.Relative)));
        return json.RootElement.GetProperty("series")[0].GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64());
    }
}

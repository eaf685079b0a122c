using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Tests.Storage.Insights;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Days in the listener's zone, on either store: a post counts on its local day, and starting with another zone
/// rebuilds the rollups once (and says so) while starting with the same zone, by whatever id, leaves them alone.
/// </summary>
public abstract class RollupTimeZoneContract(StoreKind kind)
{
    internal static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    internal static readonly DateTimeOffset LateEvening = new(2025, 6, 10, 23, 30, 0, TimeSpan.Zero);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_BerlinZone_PostAt2330UtcLandsOnTheNextDay()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind, zone: Berlin);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], TestContext.Current.CancellationToken);

        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(store, new DateOnly(2025, 6, 10), Topics.Depression));
        Assert.Equal(1, (await RollupAssert.CountsAsync(store, new DateOnly(2025, 6, 11), Topics.Depression)).Posts);
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_ZoneChanged_RebuildsTheRollupsAndLogsIt()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], TestContext.Current.CancellationToken);
        var log = new FakeLogCollector();

        await store.PostStoreWith(new ListenerCalendar(Berlin), log).MigrateAsync(TestContext.Current.CancellationToken);

        var rollups = await RollupAssert.RollupsAsync(store);
        Assert.Equal(["2025-06-11|depression|reddit|depression"], rollups.Keys);
        Assert.Equal("Europe/Berlin", Assert.Single(await store.RowsFromSqlAsync("SELECT value FROM store_settings WHERE key = 'rollup_time_zone';"))[0]);
        Assert.Contains(log.GetSnapshot(), record => record.Message.Contains("Europe/Berlin", StringComparison.Ordinal));
        Assert.Equal(1L, await store.NumberFromSqlAsync("SELECT posts FROM post_day_topic_counts;"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_SameZone_LeavesTheRollupsAlone()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified("kept")], [], TestContext.Current.CancellationToken);
        await store.ExecuteAsync("UPDATE post_day_counts SET posts = 41;");

        await store.Store.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(41L, await store.NumberFromSqlAsync("SELECT posts FROM post_day_counts;"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EnsureZone_WindowsIdOfTheSameZone_IsNotAChange()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("W. Europe Standard Time", out var windows))
        {
            Assert.Skip("This machine cannot map Windows time zone ids (no ICU data).");
        }

        await using var store = await StoresUnderTest.CreateAsync(kind, zone: Berlin);
        await store.Store.SaveBatchAsync([Some.Classified("kept")], [], TestContext.Current.CancellationToken);
        await store.ExecuteAsync("UPDATE post_day_counts SET posts = 41;");

        await store.PostStoreWith(new ListenerCalendar(windows), new FakeLogCollector()).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(41L, await store.NumberFromSqlAsync("SELECT posts FROM post_day_counts;"));
    }
}

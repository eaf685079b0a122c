using HealthShire.Listener.Core.Insights;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>Every node cuts days in one zone: a node configured with another refuses to start unless told to recut.</summary>
public sealed class PostgresZoneTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_OtherZoneThanRecorded_RefusesNamingBothZonesAndLeavesTheCountsAlone()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false);
        await SeedOnUtcNodeAsync(temp);
        var newYorkNode = temp.PostStore(new ListenerCalendar(NewYork), recutDays: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => newYorkNode.MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Listener:TimeZone is 'America/New_York'", error.Message, StringComparison.Ordinal);
        Assert.Contains("cut in 'UTC'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Store__RecutDays=true", error.Message, StringComparison.Ordinal);
        Assert.Equal("UTC", await temp.ScalarAsync("SELECT value FROM store_settings WHERE key = 'rollup_time_zone'"));
        Assert.Equal(20148L, Convert.ToInt64(await temp.ScalarAsync("SELECT day FROM post_day_counts"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_OtherZoneWithRecut_RecountsTheDaysInTheNewZone()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false);
        await SeedOnUtcNodeAsync(temp);

        await temp.PostStore(new ListenerCalendar(NewYork), recutDays: true).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal("America/New_York", await temp.ScalarAsync("SELECT value FROM store_settings WHERE key = 'rollup_time_zone'"));
        Assert.Equal(20147L, Convert.ToInt64(await temp.ScalarAsync("SELECT day FROM post_day_counts"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A node in UTC creates the store and saves a post made at 02:00 UTC: 1 March in UTC, 28 February in New York.</summary>
    private static async Task SeedOnUtcNodeAsync(PostgresTemporaryDatabase temp)
    {
        var utcNode = temp.PostStore(recutDays: false);
        await utcNode.MigrateAsync(TestContext.Current.CancellationToken);
        await utcNode.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero)))], [], TestContext.Current.CancellationToken);
    }
}

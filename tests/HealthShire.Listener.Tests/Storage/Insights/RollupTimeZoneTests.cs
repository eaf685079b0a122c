using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite;
using HealthShire.Listener.Storage.Sqlite.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class RollupTimeZoneTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly DateTimeOffset LateEvening = new(2025, 6, 10, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveBatchAsync_BerlinZone_PostAt2330UtcLandsOnTheNextDay()
    {
        await using var temp = await TemporaryStore.CreateAsync(zone: Berlin);

        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], CancellationToken.None);

        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(temp, new DateOnly(2025, 6, 10), Topics.Depression));
        Assert.Equal(1, (await RollupAssert.CountsAsync(temp, new DateOnly(2025, 6, 11), Topics.Depression)).Posts);
        await RollupAssert.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task MigrateAsync_ZoneChanged_RebuildsTheRollupsAndLogsIt()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], CancellationToken.None);
        var logger = new FakeLogger<SqlitePostStore>();
        var berlinStore = new SqlitePostStore(temp.Database, new SqlitePostQueries(temp.Database), new ListenerCalendar(Berlin), temp.Time, logger);

        await berlinStore.MigrateAsync(CancellationToken.None);

        var rollups = await RollupAssert.RollupsAsync(temp);
        Assert.Equal(["2025-06-11|depression|reddit|depression"], rollups.Keys);
        Assert.Equal("Europe/Berlin", await temp.ScalarAsync("SELECT value FROM store_settings WHERE key = 'rollup_time_zone';"));
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Message.Contains("Europe/Berlin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_SameZone_LeavesTheRollupsAlone()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("kept")], [], CancellationToken.None);
        await temp.ScalarAsync("UPDATE post_day_counts SET posts = 41;");

        await temp.Store.MigrateAsync(CancellationToken.None);

        Assert.Equal(41L, await temp.ScalarAsync("SELECT posts FROM post_day_counts;"));
    }

    [Fact]
    public async Task MigrateAsync_FromVersionOne_BackfillsRollupsFromStoredPosts()
    {
        await using var temp = await TemporaryStore.CreateAsync(migrate: false);
        await new SqliteMigrator(temp.Database, temp.Time).MigrateAsync([SqliteMigrations.All[0]], CancellationToken.None);
        await temp.ScalarAsync("""
            INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at, topic, is_question, is_medication_question, is_crisis, reply_count)
            VALUES ('reddit', 'a', 'adhd', 1740735000000, 0, 0, 'adhd', 1, 1, 0, 0),
                   ('reddit', 'b', 'adhd', 1740735000000, 0, 0, 'adhd', 1, 0, 1, 0),
                   ('x', 'c', 'meds', 1740735000000, 0, 0, 'anxiety', 0, 0, 0, 5),
                   ('x', 'untagged', 'meds', 1740735000000, 0, 0, NULL, NULL, NULL, NULL, 0);
            """);

        await temp.Store.MigrateAsync(CancellationToken.None);

        Assert.Equal(new DayCounts(2, 2, 1, 1, 1), await RollupAssert.CountsAsync(temp, new DateOnly(2025, 2, 28), Topics.Adhd, community: "adhd"));
        await RollupAssert.MatchesRecountAsync(temp);
        Assert.Null(await temp.ScalarAsync("SELECT name FROM sqlite_master WHERE name = 'ix_posts_unanswered_questions';"));
    }

    [Fact]
    public async Task EnsureZone_WindowsIdOfTheSameZone_IsNotAChange()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("W. Europe Standard Time", out var windows))
        {
            return; // This machine cannot map Windows ids.
        }

        await using var temp = await TemporaryStore.CreateAsync(zone: Berlin);
        await temp.Store.SaveBatchAsync([Some.Classified("kept")], [], CancellationToken.None);
        await temp.ScalarAsync("UPDATE post_day_counts SET posts = 41;");

        await new SqlitePostStore(temp.Database, new SqlitePostQueries(temp.Database), new ListenerCalendar(windows), temp.Time, NullLogger<SqlitePostStore>.Instance)
            .MigrateAsync(CancellationToken.None);

        Assert.Equal(41L, await temp.ScalarAsync("SELECT posts FROM post_day_counts;"));
    }
}

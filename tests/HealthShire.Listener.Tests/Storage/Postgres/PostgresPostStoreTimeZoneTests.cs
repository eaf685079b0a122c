using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Tests.Storage.Insights;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreTimeZoneTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly DateTimeOffset LateEvening = new(2025, 6, 10, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveBatchAsync_BerlinZone_PostAt2330UtcLandsOnTheNextDay()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(zone: Berlin);
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.PostStore().SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], CancellationToken.None);

        Assert.Equal(DayCounts.None, await PostgresRollupRecount.CountsAsync(temp, new DateOnly(2025, 6, 10), Topics.Depression));
        Assert.Equal(1, (await PostgresRollupRecount.CountsAsync(temp, new DateOnly(2025, 6, 11), Topics.Depression)).Posts);
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task MigrateAsync_ZoneChanged_RebuildsTheRollupsAndLogsIt()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.MigrateAsync(CancellationToken.None);
        await store.SaveBatchAsync([Some.Classified(Some.Post("late", createdAt: LateEvening))], [], CancellationToken.None);
        var logger = new FakeLogger<PostgresPostStore>();

        await temp.PostStore(new ListenerCalendar(Berlin), logger).MigrateAsync(CancellationToken.None);

        var rollups = await PostgresRollupRecount.RollupsAsync(temp);
        Assert.Equal(["2025-06-11|depression|reddit|depression"], rollups.Keys);
        Assert.Equal("Europe/Berlin", await temp.ScalarAsync("SELECT value FROM store_settings WHERE key = 'rollup_time_zone';"));
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Message.Contains("Europe/Berlin", StringComparison.Ordinal));
        Assert.Equal(1, await temp.ScalarAsync("SELECT posts FROM post_day_topic_counts;"));
    }

    [Fact]
    public async Task MigrateAsync_SameZone_LeavesTheRollupsAlone()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.MigrateAsync(CancellationToken.None);
        await store.SaveBatchAsync([Some.Classified("kept")], [], CancellationToken.None);
        await temp.ScalarAsync("UPDATE post_day_counts SET posts = 41;");

        await store.MigrateAsync(CancellationToken.None);

        Assert.Equal(41, await temp.ScalarAsync("SELECT posts FROM post_day_counts;"));
    }

    [Fact]
    public async Task MigrateAsync_FirstRunOverStoredPosts_BuildsRollupsFromThem()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.ScalarAsync("""
            INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at, topic, is_question, is_medication_question, is_crisis, reply_count)
            VALUES ('reddit', 'a', 'adhd', '2025-02-28T09:30:00Z', now(), now(), 'adhd', true, true, false, 0),
                   ('reddit', 'b', 'adhd', '2025-02-28T09:30:00Z', now(), now(), 'adhd', true, false, true, 0),
                   ('x', 'c', 'meds', '2025-02-28T09:30:00Z', now(), now(), 'anxiety', false, false, false, 5),
                   ('x', 'untagged', 'meds', '2025-02-28T09:30:00Z', now(), now(), NULL, NULL, NULL, NULL, 0);
            """);

        await temp.PostStore().MigrateAsync(CancellationToken.None);

        Assert.Equal(new DayCounts(2, 2, 1, 1, 1), await PostgresRollupRecount.CountsAsync(temp, new DateOnly(2025, 2, 28), Topics.Adhd, community: "adhd"));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task MigrateAsync_SeveralNodesStartingAtOnce_RebuildOnceAndAgree()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(zone: Berlin);
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.PostStore().SaveBatchAsync(
            [.. Enumerable.Range(0, 20).Select(i => Some.Classified(Some.Post($"p{i}", createdAt: LateEvening.AddMinutes(i * 7))))], [], CancellationToken.None);
        await temp.ScalarAsync("DELETE FROM post_day_counts;");
        var loggers = Enumerable.Range(0, 3).Select(_ => new FakeLogger<PostgresPostStore>()).ToList();

        await Task.WhenAll(loggers.Select(logger => Task.Run(() =>
            temp.PostStore(logger: logger, node: new PostgresDatabase(temp.ConnectionString)).MigrateAsync(CancellationToken.None))));

        Assert.Single(loggers, logger => logger.Collector.GetSnapshot().Any(record => record.Message.StartsWith("Rebuilt", StringComparison.Ordinal)));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }
}

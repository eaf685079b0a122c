using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Tests.Storage.Contracts;
using HealthShire.Listener.Tests.Storage.Insights;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>The time zone contract on PostgreSQL, and a first start over posts stored without rollups, by one node or several at once.</summary>
public sealed class PostgresPostStoreTimeZoneTests() : RollupTimeZoneContract(StoreKind.Postgres)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_FirstRunOverStoredPosts_BuildsRollupsFromThem()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        await temp.ScalarAsync("""
            INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at, topic, is_question, is_medication_question, is_crisis, reply_count)
            VALUES ('reddit', 'a', 'adhd', '2025-02-28T09:30:00Z', now(), now(), 'adhd', true, true, false, 0),
                   ('reddit', 'b', 'adhd', '2025-02-28T09:30:00Z', now(), now(), 'adhd', true, false, true, 0),
                   ('x', 'c', 'meds', '2025-02-28T09:30:00Z', now(), now(), 'anxiety', false, false, false, 5),
                   ('x', 'untagged', 'meds', '2025-02-28T09:30:00Z', now(), now(), NULL, NULL, NULL, NULL, 0);
            """);

        var store = new PostgresStoreUnderTest(temp);
        await store.Store.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(2, 2, 1, 1, 1), await RollupAssert.CountsAsync(store, new DateOnly(2025, 2, 28), Topics.Adhd, community: "adhd"));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_SeveralNodesStartingAtOnce_RebuildOnceAndAgree()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(zone: Berlin);
        await temp.PostStore().SaveBatchAsync(
            [.. Enumerable.Range(0, 20).Select(i => Some.Classified(Some.Post($"p{i}", createdAt: LateEvening.AddMinutes(i * 7))))], [], TestContext.Current.CancellationToken);
        await temp.ScalarAsync("DELETE FROM post_day_counts;");
        var loggers = Enumerable.Range(0, 3).Select(_ => new FakeLogger<PostgresPostStore>()).ToList();

        await Task.WhenAll(loggers.Select(logger => Task.Run(() =>
            temp.PostStore(logger: logger, node: new PostgresDatabase(temp.ConnectionString)).MigrateAsync(TestContext.Current.CancellationToken))));

        Assert.Single(loggers, logger => logger.Collector.GetSnapshot().Any(record => record.Message.StartsWith("Rebuilt", StringComparison.Ordinal)));
        await RollupAssert.MatchesRecountAsync(new PostgresStoreUnderTest(temp));
    }
}

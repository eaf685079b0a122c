using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite.Migrations;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>The time zone contract on SQLite, and the rollups backfilled when migrating a version-one database.</summary>
public sealed class RollupTimeZoneTests() : RollupTimeZoneContract(StoreKind.Sqlite)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_FromVersionOne_BackfillsRollupsFromStoredPosts()
    {
        await using var temp = await TemporaryStore.CreateAsync(migrate: false);
        await new SqliteMigrator(temp.Database, temp.Time).MigrateAsync([SqliteMigrations.All[0]], TestContext.Current.CancellationToken);
        await temp.ScalarAsync("""
            INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at, topic, is_question, is_medication_question, is_crisis, reply_count)
            VALUES ('reddit', 'a', 'adhd', 1740735000000, 0, 0, 'adhd', 1, 1, 0, 0),
                   ('reddit', 'b', 'adhd', 1740735000000, 0, 0, 'adhd', 1, 0, 1, 0),
                   ('x', 'c', 'meds', 1740735000000, 0, 0, 'anxiety', 0, 0, 0, 5),
                   ('x', 'untagged', 'meds', 1740735000000, 0, 0, NULL, NULL, NULL, NULL, 0);
            """);

        await temp.Store.MigrateAsync(TestContext.Current.CancellationToken);

        var store = new SqliteStoreUnderTest(temp);
        Assert.Equal(new DayCounts(2, 2, 1, 1, 1), await RollupAssert.CountsAsync(store, new DateOnly(2025, 2, 28), Topics.Adhd, community: "adhd"));
        await RollupAssert.MatchesRecountAsync(store);
        Assert.Null(await temp.ScalarAsync("SELECT name FROM sqlite_master WHERE name = 'ix_posts_unanswered_questions';"));
    }
}

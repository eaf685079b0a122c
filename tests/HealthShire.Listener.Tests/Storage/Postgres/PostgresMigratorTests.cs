using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Migrations;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresMigratorTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_FreshDatabaseThenAgain_CreatesTheSchemaOnceAndRecordsItsVersion()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false);
        var migrator = new PostgresMigrator(temp.Database, temp.Time);
        var first = await migrator.MigrateAsync(TestContext.Current.CancellationToken);
        var second = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal((0, PostgresMigrations.All[^1].Version), first);
        Assert.Equal((first.To, first.To), second);
        Assert.Equal(1L, await temp.ScalarAsync("SELECT count(*) FROM schema_version"));
        Assert.Equal(0L, await temp.ScalarAsync("SELECT count(*) FROM posts"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_SeveralNodesStartingAtOnce_OneMigratesAndTheOthersFindItDone()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            new PostgresMigrator(new PostgresDatabase(temp.ConnectionString), temp.Time).MigrateAsync(TestContext.Current.CancellationToken))));

        Assert.Single(results, r => r.From == 0);
        Assert.Equal(1L, await temp.ScalarAsync("SELECT count(*) FROM schema_version"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_DatabaseFromANewerBuild_RefusesWithAClearMessage()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        await temp.ScalarAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', now())");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresMigrator(temp.Database, temp.Time).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task DayCountTrigger_KeepsTheTopicTotalsOfEveryCommunity()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        await temp.ScalarAsync("INSERT INTO post_day_counts (day, topic, source, community, posts, questions) VALUES (10, 'adhd', 'reddit', 'ADHD', 3, 1), (10, 'adhd', 'x', 'meds', 2, 2)");
        await temp.ScalarAsync("UPDATE post_day_counts SET posts = posts - 1 WHERE source = 'x'");
        await temp.ScalarAsync("DELETE FROM post_day_counts WHERE source = 'reddit'");

        Assert.Equal("1/2", await temp.ScalarAsync("SELECT posts || '/' || questions FROM post_day_topic_counts WHERE day = 10 AND topic = 'adhd'"));
        await temp.ScalarAsync("DELETE FROM post_day_counts");
        Assert.Equal(0L, await temp.ScalarAsync("SELECT count(*) FROM post_day_topic_counts"));
    }
}

using HealthShire.Listener.Storage.Sqlite.Migrations;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Tests.Storage;

public sealed class SqliteMigratorTests
{
    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_RunTwice_SecondRunChangesNothing()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("kept")], [], TestContext.Current.CancellationToken);

        var (from, to) = await new SqliteMigrator(temp.Database, temp.Time).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SqliteMigrations.LatestVersion, from);
        Assert.Equal(SqliteMigrations.LatestVersion, to);
        Assert.Equal((long)SqliteMigrations.All.Count, await temp.ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal(1L, await temp.CountPostsAsync());
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_NewDatabase_UsesWriteAheadLog()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        Assert.Equal("wal", await temp.ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_DatabaseFromNewerVersion_ThrowsNamingBothVersions()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.ScalarAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 0);");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Store.MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{SqliteMigrations.LatestVersion} this build knows", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_PendingStep_AppliesOnlyThatStep()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var next = SqliteMigrations.LatestVersion + 1;
        IReadOnlyList<SqliteMigration> steps = [.. SqliteMigrations.All, new(next, "extra", "CREATE TABLE extra (id INTEGER);")];

        var (from, to) = await new SqliteMigrator(temp.Database, temp.Time).MigrateAsync(steps, TestContext.Current.CancellationToken);

        Assert.Equal((SqliteMigrations.LatestVersion, next), (from, to));
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM extra;"));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_FailingStep_RollsBackEveryPendingStep()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var next = SqliteMigrations.LatestVersion + 1;
        IReadOnlyList<SqliteMigration> steps =
        [
            .. SqliteMigrations.All,
            new(next, "good", "CREATE TABLE extra (id INTEGER);"),
            new(next + 1, "bad", "CREATE TABLE broken (;"),
        ];

        await Assert.ThrowsAsync<SqliteException>(
            () => new SqliteMigrator(temp.Database, temp.Time).MigrateAsync(steps, TestContext.Current.CancellationToken));

        Assert.Equal((long)SqliteMigrations.LatestVersion, await temp.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra';"));
    }

    [Fact]
    public void All_VersionsStartAtOneAndIncreaseByOne()
    {
        Assert.Equal(
            Enumerable.Range(1, SqliteMigrations.All.Count),
            SqliteMigrations.All.Select(migration => migration.Version));
    }
}

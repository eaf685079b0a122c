using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite.Migrations;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>A store from before schema version 5 drops replies from its open questions and takes medications after the upgrade.</summary>
public sealed class MedicationMigrationTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_StoreAtVersion4_ListsNoReplyAndStoresMedicationsOfLaterSaves()
    {
        await using var temp = await TemporaryStore.CreateAsync(migrate: false);
        var migrator = new SqliteMigrator(temp.Database, temp.Time);
        await migrator.MigrateAsync([.. SqliteMigrations.All.Where(m => m.Version < MedicationSchema.Version)], TestContext.Current.CancellationToken);
        var at = Some.CreatedAt.ToUnixTimeMilliseconds();
        await temp.ScalarAsync($"""
            INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at, topic, is_question, is_crisis, flags)
            VALUES ('mastodon', 'asks', 'depression', {at}, {at}, {at}, 'depression', 1, 0, 0),
                   ('mastodon', 'reply', 'depression', {at}, {at}, {at}, 'depression', 1, 0, {(int)PostFlags.Reply});
            """);

        var (from, to) = await migrator.MigrateAsync(TestContext.Current.CancellationToken);
        await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("asks", source: "mastodon"), Some.Tags(question: true) with { Medications = ["lithium"] })], [], TestContext.Current.CancellationToken);

        Assert.Equal((4, SqliteMigrations.LatestVersion), (from, to));
        var open = await temp.Insights.GetOpenQuestionsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 50) { Medication = "lithium" },
            Some.CreatedAt.AddHours(1),
            TestContext.Current.CancellationToken);
        Assert.Equal(["mastodon-asks"], open.Items.Select(item => item.Id));
        Assert.Null(await temp.ColumnAsync("reply", "medications"));
        Assert.Equal(1L, await temp.ScalarAsync("SELECT COUNT(*) FROM post_medications;"));
    }
}

using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Sqlite.Migrations;

namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>A store from before schema version 4 keeps its marks and counts across the upgrade.</summary>
public sealed class QuerySpeedMigrationTests
{
    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MigrateAsync_StoreAtVersion3_FlagsMarkedPostsAndFillsTopicTotals()
    {
        await using var temp = await TemporaryStore.CreateAsync(migrate: false);
        var migrator = new SqliteMigrator(temp.Database, temp.Time);
        await migrator.MigrateAsync([.. SqliteMigrations.All.Where(m => m.Version < QuerySpeedSchema.Version)], TestContext.Current.CancellationToken);
        await temp.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("kept"), Some.Tags(question: true)),
                Some.Classified(Some.Post("marked"), Some.Tags(question: true)),
                Some.Classified(Some.Post("other", community: "anxiety"), Some.Tags(question: true)),
            ],
            [],
            TestContext.Current.CancellationToken);
        await temp.ScalarAsync("INSERT INTO post_marks (post_id, mark, marked_at) SELECT id, 'engaged', 0 FROM posts WHERE source_id = 'marked';");

        var (from, to) = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal((3, SqliteMigrations.LatestVersion), (from, to));
        Assert.Equal(1L, await temp.ColumnAsync("marked", "is_marked"));
        Assert.Equal(0L, await temp.ColumnAsync("kept", "is_marked"));
        Assert.Equal(3L, await temp.ScalarAsync("SELECT posts FROM post_day_topic_counts;"));
        await RollupAssert.TopicTotalsMatchDetailAsync(temp);
        var open = await temp.Insights.GetOpenQuestionsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 50), Some.CreatedAt.AddHours(1), TestContext.Current.CancellationToken);
        Assert.Equal(["reddit-kept", "reddit-other"], open.Items.Select(item => item.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, open.Total);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task MarkAsync_AfterUpgrade_FlagsThePostThroughTheTrigger()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        Assert.True(await temp.Insights.MarkAsync("reddit", "q", PostMark.Engaged, TestContext.Current.CancellationToken));
        var marked = await temp.ColumnAsync("q", "is_marked");
        await temp.ScalarAsync("DELETE FROM post_marks;");

        Assert.Equal(1L, marked);
        Assert.Equal(0L, await temp.ColumnAsync("q", "is_marked"));
    }
}

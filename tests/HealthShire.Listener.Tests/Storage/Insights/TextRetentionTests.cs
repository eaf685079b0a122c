using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite.Insights;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class TextRetentionTests
{
    [Fact]
    public async Task ClearTextOlderThanAsync_OldAndNewPosts_ClearsOnlyOldTextAndKeepsTagsAndCounts()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var cut = Some.CreatedAt;
        await temp.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("old", createdAt: cut.AddDays(-200)), Some.Tags(Topics.Bipolar, question: true)),
                Some.Classified(Some.Post("just-before", createdAt: cut.AddMilliseconds(-1)), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("at-cut", createdAt: cut), Some.Tags(Topics.Adhd)),
            ],
            [],
            CancellationToken.None);
        var rollupsBefore = await RollupAssert.RollupsAsync(temp);

        var cleared = await temp.Insights.ClearTextOlderThanAsync(cut, CancellationToken.None);

        Assert.Equal(2, cleared);
        Assert.Equal((string.Empty, string.Empty, Topics.Bipolar), (await temp.ColumnAsync("old", "title"), await temp.ColumnAsync("old", "body"), await temp.ColumnAsync("old", "topic")));
        Assert.Equal(string.Empty, await temp.ColumnAsync("just-before", "body"));
        Assert.Equal("Some body text", await temp.ColumnAsync("at-cut", "body"));
        Assert.Equal(rollupsBefore, await RollupAssert.RollupsAsync(temp));
        Assert.Equal(0, await temp.Insights.ClearTextOlderThanAsync(cut, CancellationToken.None));
    }

    [Fact]
    public async Task ClearTextOlderThanAsync_MoreThanOneBatch_ClearsEveryOldPost()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var count = SqliteTextRetention.BatchSize + 321;

        // Many posts share a millisecond, so the walk must not stop or loop at a batch edge.
        await temp.Store.SaveBatchAsync(
            [.. Enumerable.Range(0, count).Select(i => Some.Classified(Some.Post($"r{i}", createdAt: Some.CreatedAt.AddSeconds(-(i / 500)))))],
            [],
            CancellationToken.None);

        var cleared = await temp.Insights.ClearTextOlderThanAsync(Some.CreatedAt.AddDays(1), CancellationToken.None);

        Assert.Equal(count, cleared);
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM posts WHERE title <> '' OR body <> '';"));
        Assert.Empty(await temp.Store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
    }
}

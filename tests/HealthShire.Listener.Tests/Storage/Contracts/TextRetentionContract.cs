using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>Clearing the text of old posts while their tags and the counts stay, the same on every store.</summary>
public abstract class TextRetentionContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ClearTextOlderThanAsync_OldAndNewPosts_ClearsOnlyOldTextAndKeepsTagsAndCounts()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var cut = Some.CreatedAt;
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("old", createdAt: cut.AddDays(-200)), Some.Tags(Topics.Bipolar, question: true)),
                Some.Classified(Some.Post("just-before", createdAt: cut.AddMilliseconds(-1)), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("at-cut", createdAt: cut), Some.Tags(Topics.Adhd)),
            ],
            [],
            TestContext.Current.CancellationToken);
        var rollupsBefore = await RollupsAsync(store, cut);

        var cleared = await store.Insights.ClearTextOlderThanAsync(cut, TestContext.Current.CancellationToken);

        Assert.Equal(2, cleared);
        Assert.Equal((string.Empty, string.Empty, Topics.Bipolar), await ColumnsAsync(store, "old"));
        Assert.Equal((string.Empty, string.Empty, Topics.Adhd), await ColumnsAsync(store, "just-before"));
        Assert.Equal(("A title", "Some body text", Topics.Adhd), await ColumnsAsync(store, "at-cut"));
        Assert.Equal(rollupsBefore, await RollupsAsync(store, cut));
        Assert.Equal(0, await store.Insights.ClearTextOlderThanAsync(cut, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ClearTextOlderThanAsync_MoreThanOneBatch_ClearsEveryOldPost()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var count = TextRetentionBatches.BatchSize + 321;

        // Many posts share a millisecond, so the walk must not stop or loop at a batch edge.
        await store.Store.SaveBatchAsync(
            [.. Enumerable.Range(0, count).Select(i => Some.Classified(Some.Post($"r{i}", createdAt: Some.CreatedAt.AddSeconds(-(i / 500)))))],
            [],
            TestContext.Current.CancellationToken);

        var cleared = await store.Insights.ClearTextOlderThanAsync(Some.CreatedAt.AddDays(1), TestContext.Current.CancellationToken);

        Assert.Equal(count, cleared);
        Assert.Equal(0L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM posts WHERE title <> '' OR body <> ''"));
        Assert.Empty(await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(string?, string?, string?)> ColumnsAsync(IStoreUnderTest store, string sourceId) =>
        (await store.TextAsync(sourceId, "title"), await store.TextAsync(sourceId, "body"), await store.TextAsync(sourceId, "topic"));

    /// <summary>How many rollup rows there are, then every day the trends read from 201 days before the cut to the cut.</summary>
    private static async Task<List<string>> RollupsAsync(IStoreUnderTest store, DateTimeOffset cut)
    {
        var last = DateOnly.FromDateTime(cut.UtcDateTime);
        var series = await store.Insights.GetTrendsAsync(new TrendQuery(last.AddDays(-201), last, TrendInterval.Day, null, null, null), TestContext.Current.CancellationToken);
        return [$"{await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_day_counts")} rows", .. series.SelectMany(s => s.Points.Select(p => $"{s.Topic} {p}"))];
    }
}

using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>Every write that can move the counts is noted, so kept trend answers can be dropped.</summary>
public sealed class StoreChangesTests
{
    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task SaveBatchAsync_NewPosts_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var before = temp.Database.Changes.Version;

        await temp.Store.SaveBatchAsync([Some.Classified("a")], [], TestContext.Current.CancellationToken);

        Assert.True(temp.Database.Changes.Version > before);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ApplyUpdatesAsync_FirstReply_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);
        var before = temp.Database.Changes.Version;

        await temp.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 1, 1, PostFlags.None)], TestContext.Current.CancellationToken);

        Assert.True(temp.Database.Changes.Version > before);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task UpdateTagsAsync_NewTopic_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("t")], [], TestContext.Current.CancellationToken);
        var before = temp.Database.Changes.Version;

        await temp.Store.UpdateTagsAsync([new PostTagUpdate("reddit", "t", Some.Tags(Topics.Anxiety))], TestContext.Current.CancellationToken);

        Assert.True(temp.Database.Changes.Version > before);
        await RollupAssert.MatchesRecountAsync(temp);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task Queries_ReadOnly_NoteNoChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("r")], [], TestContext.Current.CancellationToken);
        var before = temp.Database.Changes.Version;

        var day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);
        await temp.Insights.GetTrendsAsync(new TrendQuery(day, day, TrendInterval.Day, null, null, null), TestContext.Current.CancellationToken);
        await temp.Store.GetStatusAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, temp.Database.Changes.Version);
    }
}

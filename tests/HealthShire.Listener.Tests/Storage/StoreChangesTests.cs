using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>Every write that can move the counts is noted, so kept trend answers can be dropped.</summary>
public sealed class StoreChangesTests
{
    [Fact]
    public async Task SaveBatchAsync_NewPosts_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var before = temp.Database.Changes.Version;

        await temp.Store.SaveBatchAsync([Some.Classified("a")], [], CancellationToken.None);

        Assert.True(temp.Database.Changes.Version > before);
    }

    [Fact]
    public async Task ApplyUpdatesAsync_FirstReply_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], CancellationToken.None);
        var before = temp.Database.Changes.Version;

        await temp.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 1, 1, PostFlags.None)], CancellationToken.None);

        Assert.True(temp.Database.Changes.Version > before);
    }

    [Fact]
    public async Task UpdateTagsAsync_NewTopic_NotesAChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("t")], [], CancellationToken.None);
        var before = temp.Database.Changes.Version;

        await temp.Store.UpdateTagsAsync([new PostTagUpdate("reddit", "t", Some.Tags(Topics.Anxiety))], CancellationToken.None);

        Assert.True(temp.Database.Changes.Version > before);
        await RollupAssert.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task Queries_ReadOnly_NoteNoChange()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified("r")], [], CancellationToken.None);
        var before = temp.Database.Changes.Version;

        var day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);
        await temp.Insights.GetTrendsAsync(new TrendQuery(day, day, TrendInterval.Day, null, null, null), CancellationToken.None);
        await temp.Store.GetStatusAsync(CancellationToken.None);

        Assert.Equal(before, temp.Database.Changes.Version);
    }
}

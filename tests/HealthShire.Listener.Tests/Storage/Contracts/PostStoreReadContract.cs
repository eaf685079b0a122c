using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Reading back, on either store: the status counts each community (case-sensitive) with its newest post, the texts to
/// reclassify skip posts without text, and new tags replace the old ones of known posts, even while texts stream.
/// </summary>
public abstract class PostStoreReadContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetStatusAsync_EmptyStore_ReturnsNothing()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var status = await store.Store.GetStatusAsync(TestContext.Current.CancellationToken);

        Assert.Empty(status.Communities);
        Assert.Empty(status.Checkpoints);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetStatusAsync_PostsInSeveralCommunities_CountsEachWithNewestTime()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var newest = Some.CreatedAt.AddDays(1);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("1", community: "adhd")),
                Some.Classified(Some.Post("2", community: "adhd", createdAt: newest)),
                Some.Classified(Some.Post("3", community: "anxiety")),
                Some.Classified(Some.Post("4", source: "x", community: "meds-query")),
                Some.Classified(Some.Post("5", community: "ADHD")),
            ],
            [Some.Checkpoint("2", key: "adhd"), Some.Checkpoint("4", key: "meds-query", source: "x"), Some.Checkpoint("5", key: "ADHD")],
            TestContext.Current.CancellationToken);

        var status = await store.Store.GetStatusAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new CommunityStatus("reddit", "ADHD", 1, Some.CreatedAt),
                new CommunityStatus("reddit", "adhd", 2, newest),
                new CommunityStatus("reddit", "anxiety", 1, Some.CreatedAt),
                new CommunityStatus("x", "meds-query", 1, Some.CreatedAt),
            ],
            status.Communities);
        Assert.Equal([("reddit", "ADHD"), ("reddit", "adhd"), ("x", "meds-query")], status.Checkpoints.Select(c => (c.Source, c.Key)));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ReadPostTextsAsync_SomePostsWithoutText_SkipsThem()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("titled", body: string.Empty)),
                Some.Classified(Some.Post("empty", title: string.Empty, body: string.Empty)),
                Some.Classified(Some.Post("gone", flags: PostFlags.Deleted)),
                Some.Classified(Some.Post("body-only", title: string.Empty)),
            ],
            [],
            TestContext.Current.CancellationToken);

        var texts = await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["titled", "body-only"], texts.Select(text => text.SourceId));
        Assert.Equal(new StoredPostText("reddit", "titled", "A title", string.Empty, "model-1"), texts[0]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ReadPostTextsAsync_CreatedSince_ReturnsPostsFromThatTimeOn()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var since = Some.CreatedAt;
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("before", createdAt: since.AddMilliseconds(-1))),
                Some.Classified(Some.Post("at", createdAt: since)),
                Some.Classified(Some.Post("after", createdAt: since.AddDays(2))),
            ],
            [],
            TestContext.Current.CancellationToken);

        var texts = await store.Store.ReadPostTextsAsync(since, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["at", "after"], texts.Select(text => text.SourceId));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task UpdateTagsAsync_ReclassifiedTexts_ReplacesTagsOfKnownPostsOnly()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(Some.Batch(3), [], TestContext.Current.CancellationToken);
        store.Time.Advance(TimeSpan.FromDays(1));
        var retagged = Some.Tags(Topics.Adhd, question: true, modelVersion: "model-2");

        var updates = await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken)
            .Select(text => new PostTagUpdate(text.Source, text.SourceId, retagged))
            .Append(new PostTagUpdate("reddit", "unknown", retagged))
            .ToListAsync(TestContext.Current.CancellationToken);
        var changed = await store.Store.UpdateTagsAsync(updates, TestContext.Current.CancellationToken);

        Assert.Equal(3, changed);
        var texts = await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(texts, text => Assert.Equal("model-2", text.ModelVersion));
        Assert.Equal(Topics.Adhd, await store.TextAsync("p0", "topic"));
        Assert.Equal(1L, await store.NumberAsync("p0", "is_question"));
        var questionScore = Assert.Single(await store.RowsFromSqlAsync("SELECT question_score FROM posts WHERE source_id = 'p0';"))[0];
        Assert.Equal(0.9f, Convert.ToSingle(questionScore, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(store.Time.GetUtcNow(), await store.TimeAsync("p0", "tagged_at"));
        Assert.Equal(3L, await store.CountPostsAsync());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task UpdateTagsAsync_WhileTextsAreStreaming_DoesNotBlockAndEveryPostIsReadOnce()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(Some.Batch(50), [], TestContext.Current.CancellationToken);
        var retagged = Some.Tags(Topics.Ptsd, modelVersion: "model-2");
        var seen = new List<string>();

        await foreach (var text in store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken))
        {
            seen.Add(text.SourceId);
            await store.Store.UpdateTagsAsync([new PostTagUpdate(text.Source, text.SourceId, retagged)], TestContext.Current.CancellationToken);
        }

        Assert.Equal(50, seen.Distinct().Count());
        Assert.Equal(50L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM posts WHERE model_version = 'model-2';"));
    }
}

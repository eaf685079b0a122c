using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreReadTests
{
    [Fact]
    public async Task GetStatusAsync_EmptyStore_ReturnsNothing()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var status = await temp.PostStore().GetStatusAsync(CancellationToken.None);

        Assert.Empty(status.Communities);
        Assert.Empty(status.Checkpoints);
    }

    [Fact]
    public async Task GetStatusAsync_PostsInSeveralCommunities_CountsEachWithNewestTime()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var newest = Some.CreatedAt.AddDays(1);
        await store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("1", community: "adhd")),
                Some.Classified(Some.Post("2", community: "adhd", createdAt: newest)),
                Some.Classified(Some.Post("3", community: "anxiety")),
                Some.Classified(Some.Post("4", source: "x", community: "meds-query")),
                Some.Classified(Some.Post("5", community: "ADHD")),
            ],
            [Some.Checkpoint("2", key: "adhd"), Some.Checkpoint("4", key: "meds-query", source: "x"), Some.Checkpoint("5", key: "ADHD")],
            CancellationToken.None);

        var status = await store.GetStatusAsync(CancellationToken.None);

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

    [Fact]
    public async Task ReadPostTextsAsync_SomePostsWithoutText_SkipsThem()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("titled", body: string.Empty)),
                Some.Classified(Some.Post("empty", title: string.Empty, body: string.Empty)),
                Some.Classified(Some.Post("gone", flags: PostFlags.Deleted)),
                Some.Classified(Some.Post("body-only", title: string.Empty)),
            ],
            [],
            CancellationToken.None);

        var texts = await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync();

        Assert.Equal(["titled", "body-only"], texts.Select(text => text.SourceId));
        Assert.Equal(new StoredPostText("reddit", "titled", "A title", string.Empty, "model-1"), texts[0]);
    }

    [Fact]
    public async Task ReadPostTextsAsync_CreatedSince_ReturnsPostsFromThatTimeOn()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var since = Some.CreatedAt;
        await store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("before", createdAt: since.AddMilliseconds(-1))),
                Some.Classified(Some.Post("at", createdAt: since)),
                Some.Classified(Some.Post("after", createdAt: since.AddDays(2))),
            ],
            [],
            CancellationToken.None);

        var texts = await store.ReadPostTextsAsync(since, CancellationToken.None).ToListAsync();

        Assert.Equal(["at", "after"], texts.Select(text => text.SourceId));
    }

    [Fact]
    public async Task UpdateTagsAsync_ReclassifiedTexts_ReplacesTagsOfKnownPostsOnly()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(Some.Batch(3), [], CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromDays(1));
        var retagged = Some.Tags(Topics.Adhd, question: true, modelVersion: "model-2");

        var updates = await store.ReadPostTextsAsync(null, CancellationToken.None)
            .Select(text => new PostTagUpdate(text.Source, text.SourceId, retagged))
            .Append(new PostTagUpdate("reddit", "unknown", retagged))
            .ToListAsync();
        var changed = await store.UpdateTagsAsync(updates, CancellationToken.None);

        Assert.Equal(3, changed);
        var texts = await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync();
        Assert.All(texts, text => Assert.Equal("model-2", text.ModelVersion));
        Assert.Equal(Topics.Adhd, await temp.ColumnAsync("p0", "topic"));
        Assert.Equal(true, await temp.ColumnAsync("p0", "is_question"));
        Assert.Equal(0.9f, await temp.ColumnAsync("p0", "question_score"));
        Assert.Equal(temp.Time.GetUtcNow().UtcDateTime, await temp.ColumnAsync("p0", "tagged_at"));
        Assert.Equal(3L, await temp.CountPostsAsync());
    }

    [Fact]
    public async Task UpdateTagsAsync_WhileTextsAreStreaming_DoesNotBlockAndEveryPostIsReadOnce()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(Some.Batch(50), [], CancellationToken.None);
        var retagged = Some.Tags(Topics.Ptsd, modelVersion: "model-2");
        var seen = new List<string>();

        await foreach (var text in store.ReadPostTextsAsync(null, CancellationToken.None))
        {
            seen.Add(text.SourceId);
            await store.UpdateTagsAsync([new PostTagUpdate(text.Source, text.SourceId, retagged)], CancellationToken.None);
        }

        Assert.Equal(50, seen.Distinct().Count());
        Assert.Equal(50L, await temp.ScalarAsync("SELECT COUNT(*) FROM posts WHERE model_version = 'model-2';"));
    }
}

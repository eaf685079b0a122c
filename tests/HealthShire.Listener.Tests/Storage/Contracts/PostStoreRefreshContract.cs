using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Refreshing posts, on either store: the young live posts of a source come back newest first, updates change only
/// known posts (in the order given), and a post that is gone loses its text but keeps its id, tags and last-seen time.
/// </summary>
public abstract class PostStoreRefreshContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetRefreshCandidatesAsync_MixedPosts_ReturnsYoungLivePostsOfTheSourceNewestFirst()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var cutoff = Some.CreatedAt;
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("old", createdAt: cutoff.AddHours(-1))),
                Some.Classified(Some.Post("young", createdAt: cutoff.AddHours(1))),
                Some.Classified(Some.Post("youngest", createdAt: cutoff.AddHours(2))),
                Some.Classified(Some.Post("deleted", createdAt: cutoff.AddHours(3), flags: PostFlags.Deleted)),
                Some.Classified(Some.Post("removed", createdAt: cutoff.AddHours(3), flags: PostFlags.Removed)),
                Some.Classified(Some.Post("adult", createdAt: cutoff.AddHours(4), flags: PostFlags.Over18)),
                Some.Classified(Some.Post("tweet", source: "x", createdAt: cutoff.AddHours(5))),
            ],
            [],
            TestContext.Current.CancellationToken);

        var ids = await store.Store.GetRefreshCandidatesAsync("reddit", cutoff, TestContext.Current.CancellationToken);

        Assert.Equal(["adult", "youngest", "young"], ids);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_RefreshedPosts_UpdatesFieldsAndCountsOnlyKnownPosts()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified("a"), Some.Classified(Some.Post("a", source: "x"))], [], TestContext.Current.CancellationToken);
        store.Time.Advance(TimeSpan.FromHours(1));

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 42, 5, PostFlags.Over18), new PostUpdate("unknown", 1, 1, PostFlags.None)], TestContext.Current.CancellationToken);

        Assert.Equal(1, changed);
        Assert.Equal(42L, await store.NumberFromSqlAsync("SELECT score FROM posts WHERE source = 'reddit';"));
        Assert.Equal(1L, await store.NumberFromSqlAsync("SELECT score FROM posts WHERE source = 'x';"));
        Assert.Equal(5L, await store.NumberFromSqlAsync("SELECT reply_count FROM posts WHERE source = 'reddit';"));
        Assert.Equal("Some body text", await store.TextAsync("a", "body"));
        var lastSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts WHERE source = 'reddit';"))[0];
        Assert.Equal(store.Time.GetUtcNow(), store.TimeOf(lastSeen!));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_AdditiveUpdates_AddRepliesSetFlagsOnTopAndKeepLastSeen()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", replyCount: 2, flags: PostFlags.Reply))], [], TestContext.Current.CancellationToken);
        var firstSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts;"))[0];
        store.Time.Advance(TimeSpan.FromHours(1));

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit",
            [
                new PostUpdate("a", 0, 1, PostFlags.None, Additive: true),
                new PostUpdate("a", 0, 2, PostFlags.None, Additive: true),
            ],
            TestContext.Current.CancellationToken);
        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("a", 0, 0, PostFlags.Deleted, Additive: true)], TestContext.Current.CancellationToken);

        Assert.Equal(2, changed);
        Assert.Equal(5L, await store.NumberAsync("a", "reply_count"));
        Assert.Equal(1L, await store.NumberAsync("a", "score"));
        Assert.Equal((long)(PostFlags.Reply | PostFlags.Deleted), await store.NumberAsync("a", "flags"));
        Assert.Equal(string.Empty, await store.TextAsync("a", "body"));
        var lastSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts;"))[0];
        Assert.Equal(store.TimeOf(firstSeen!), store.TimeOf(lastSeen!));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_SamePostTwice_AppliesBothInOrder()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified("a")], [], TestContext.Current.CancellationToken);

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 5, 0, PostFlags.Removed), new PostUpdate("a", 6, 1, PostFlags.None)], TestContext.Current.CancellationToken);

        Assert.Equal(2, changed);
        Assert.Equal(6L, await store.NumberAsync("a", "score"));
        Assert.Equal((long)PostFlags.None, await store.NumberAsync("a", "flags"));
        Assert.Equal(string.Empty, await store.TextAsync("a", "body"));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(PostFlags.Deleted)]
    [InlineData(PostFlags.Removed)]
    public async Task ApplyUpdatesAsync_GonePost_ClearsTextAndKeepsIdAndTags(PostFlags flags)
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("g"), Some.Tags(Topics.Bipolar))], [], TestContext.Current.CancellationToken);
        var id = await store.NumberAsync("g", "id");

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("g", 3, 2, flags)], TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, await store.TextAsync("g", "title"));
        Assert.Equal(string.Empty, await store.TextAsync("g", "body"));
        Assert.Equal(id, await store.NumberAsync("g", "id"));
        Assert.Equal((long)flags, await store.NumberAsync("g", "flags"));
        Assert.Equal(Topics.Bipolar, await store.TextAsync("g", "topic"));
        Assert.Empty(await store.Store.GetRefreshCandidatesAsync("reddit", DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_PostNoLongerReturned_KeepsLastSeenTime()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified("d")], [], TestContext.Current.CancellationToken);
        var lastSeen = await store.TimeAsync("d", "last_seen_at");
        store.Time.Advance(TimeSpan.FromHours(1));

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("d", 0, 0, PostFlags.Deleted)], TestContext.Current.CancellationToken);

        Assert.Equal(lastSeen, await store.TimeAsync("d", "last_seen_at"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_NoUpdates_ReturnsZero()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        Assert.Equal(0, await store.Store.ApplyUpdatesAsync("reddit", [], TestContext.Current.CancellationToken));
    }
}

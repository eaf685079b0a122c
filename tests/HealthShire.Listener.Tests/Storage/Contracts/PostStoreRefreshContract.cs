using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Refreshing posts, on either store: the young live posts of a source come back newest first, updates change only
/// known posts (in the order given), and a post that is gone loses its text but keeps its id, tags and last-seen time.
/// </summary>
public abstract class PostStoreRefreshContract(StoreKind kind)
{
    [Fact]
    public async Task GetRefreshCandidatesAsync_MixedPosts_ReturnsYoungLivePostsOfTheSourceNewestFirst()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

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
            CancellationToken.None);

        var ids = await store.Store.GetRefreshCandidatesAsync("reddit", cutoff, CancellationToken.None);

        Assert.Equal(["adult", "youngest", "young"], ids);
    }

    [Fact]
    public async Task ApplyUpdatesAsync_RefreshedPosts_UpdatesFieldsAndCountsOnlyKnownPosts()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified("a"), Some.Classified(Some.Post("a", source: "x"))], [], CancellationToken.None);
        store.Time.Advance(TimeSpan.FromHours(1));

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 42, 5, PostFlags.Over18), new PostUpdate("unknown", 1, 1, PostFlags.None)], CancellationToken.None);

        Assert.Equal(1, changed);
        Assert.Equal(42L, await store.NumberFromSqlAsync("SELECT score FROM posts WHERE source = 'reddit';"));
        Assert.Equal(1L, await store.NumberFromSqlAsync("SELECT score FROM posts WHERE source = 'x';"));
        Assert.Equal(5L, await store.NumberFromSqlAsync("SELECT reply_count FROM posts WHERE source = 'reddit';"));
        Assert.Equal("Some body text", await store.TextAsync("a", "body"));
        var lastSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts WHERE source = 'reddit';"))[0];
        Assert.Equal(store.Time.GetUtcNow(), store.TimeOf(lastSeen!));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_AdditiveUpdates_AddRepliesSetFlagsOnTopAndKeepLastSeen()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", replyCount: 2, flags: PostFlags.Reply))], [], CancellationToken.None);
        var firstSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts;"))[0];
        store.Time.Advance(TimeSpan.FromHours(1));

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit",
            [
                new PostUpdate("a", 0, 1, PostFlags.None, Additive: true),
                new PostUpdate("a", 0, 2, PostFlags.None, Additive: true),
            ],
            CancellationToken.None);
        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("a", 0, 0, PostFlags.Deleted, Additive: true)], CancellationToken.None);

        Assert.Equal(2, changed);
        Assert.Equal(5L, await store.NumberAsync("a", "reply_count"));
        Assert.Equal(1L, await store.NumberAsync("a", "score"));
        Assert.Equal((long)(PostFlags.Reply | PostFlags.Deleted), await store.NumberAsync("a", "flags"));
        Assert.Equal(string.Empty, await store.TextAsync("a", "body"));
        var lastSeen = Assert.Single(await store.RowsFromSqlAsync("SELECT last_seen_at FROM posts;"))[0];
        Assert.Equal(store.TimeOf(firstSeen!), store.TimeOf(lastSeen!));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_SamePostTwice_AppliesBothInOrder()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified("a")], [], CancellationToken.None);

        var changed = await store.Store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 5, 0, PostFlags.Removed), new PostUpdate("a", 6, 1, PostFlags.None)], CancellationToken.None);

        Assert.Equal(2, changed);
        Assert.Equal(6L, await store.NumberAsync("a", "score"));
        Assert.Equal((long)PostFlags.None, await store.NumberAsync("a", "flags"));
        Assert.Equal(string.Empty, await store.TextAsync("a", "body"));
    }

    [Theory]
    [InlineData(PostFlags.Deleted)]
    [InlineData(PostFlags.Removed)]
    public async Task ApplyUpdatesAsync_GonePost_ClearsTextAndKeepsIdAndTags(PostFlags flags)
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("g"), Some.Tags(Topics.Bipolar))], [], CancellationToken.None);
        var id = await store.NumberAsync("g", "id");

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("g", 3, 2, flags)], CancellationToken.None);

        Assert.Equal(string.Empty, await store.TextAsync("g", "title"));
        Assert.Equal(string.Empty, await store.TextAsync("g", "body"));
        Assert.Equal(id, await store.NumberAsync("g", "id"));
        Assert.Equal((long)flags, await store.NumberAsync("g", "flags"));
        Assert.Equal(Topics.Bipolar, await store.TextAsync("g", "topic"));
        Assert.Empty(await store.Store.GetRefreshCandidatesAsync("reddit", DateTimeOffset.UnixEpoch, CancellationToken.None));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_PostNoLongerReturned_KeepsLastSeenTime()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified("d")], [], CancellationToken.None);
        var lastSeen = await store.TimeAsync("d", "last_seen_at");
        store.Time.Advance(TimeSpan.FromHours(1));

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("d", 0, 0, PostFlags.Deleted)], CancellationToken.None);

        Assert.Equal(lastSeen, await store.TimeAsync("d", "last_seen_at"));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_NoUpdates_ReturnsZero()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        Assert.Equal(0, await store.Store.ApplyUpdatesAsync("reddit", [], CancellationToken.None));
    }
}

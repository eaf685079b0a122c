using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreRefreshTests
{
    [Fact]
    public async Task GetRefreshCandidatesAsync_MixedPosts_ReturnsYoungLivePostsOfTheSourceNewestFirst()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var cutoff = Some.CreatedAt;
        await store.SaveBatchAsync(
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

        var ids = await store.GetRefreshCandidatesAsync("reddit", cutoff, CancellationToken.None);

        Assert.Equal(["adult", "youngest", "young"], ids);
    }

    [Fact]
    public async Task ApplyUpdatesAsync_RefreshedPosts_UpdatesFieldsAndCountsOnlyKnownPosts()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified("a"), Some.Classified(Some.Post("a", source: "x"))], [], CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromHours(1));

        var changed = await store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 42, 5, PostFlags.Over18), new PostUpdate("unknown", 1, 1, PostFlags.None)], CancellationToken.None);

        Assert.Equal(1, changed);
        Assert.Equal(42, await temp.ScalarAsync("SELECT score FROM posts WHERE source = 'reddit';"));
        Assert.Equal(1, await temp.ScalarAsync("SELECT score FROM posts WHERE source = 'x';"));
        Assert.Equal(5, await temp.ScalarAsync("SELECT reply_count FROM posts WHERE source = 'reddit';"));
        Assert.Equal("Some body text", await temp.ScalarAsync("SELECT body FROM posts WHERE source = 'reddit';"));
        Assert.Equal(temp.Time.GetUtcNow().UtcDateTime, await temp.ScalarAsync("SELECT last_seen_at FROM posts WHERE source = 'reddit';"));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_SamePostTwice_AppliesBothInOrder()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified("a")], [], CancellationToken.None);

        var changed = await store.ApplyUpdatesAsync(
            "reddit", [new PostUpdate("a", 5, 0, PostFlags.Removed), new PostUpdate("a", 6, 1, PostFlags.None)], CancellationToken.None);

        Assert.Equal(2, changed);
        Assert.Equal(6, await temp.ColumnAsync("a", "score"));
        Assert.Equal((int)PostFlags.None, await temp.ColumnAsync("a", "flags"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("a", "body"));
    }

    [Theory]
    [InlineData(PostFlags.Deleted)]
    [InlineData(PostFlags.Removed)]
    public async Task ApplyUpdatesAsync_GonePost_ClearsTextAndKeepsIdAndTags(PostFlags flags)
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("g"), Some.Tags(Topics.Bipolar))], [], CancellationToken.None);
        var id = await temp.ColumnAsync("g", "id");

        await store.ApplyUpdatesAsync("reddit", [new PostUpdate("g", 3, 2, flags)], CancellationToken.None);

        Assert.Equal(string.Empty, await temp.ColumnAsync("g", "title"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("g", "body"));
        Assert.Equal(id, await temp.ColumnAsync("g", "id"));
        Assert.Equal((int)flags, await temp.ColumnAsync("g", "flags"));
        Assert.Equal(Topics.Bipolar, await temp.ColumnAsync("g", "topic"));
        Assert.Empty(await store.GetRefreshCandidatesAsync("reddit", DateTimeOffset.UnixEpoch, CancellationToken.None));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_PostNoLongerReturned_KeepsLastSeenTime()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified("d")], [], CancellationToken.None);
        var lastSeen = await temp.ColumnAsync("d", "last_seen_at");
        temp.Time.Advance(TimeSpan.FromHours(1));

        await store.ApplyUpdatesAsync("reddit", [new PostUpdate("d", 0, 0, PostFlags.Deleted)], CancellationToken.None);

        Assert.Equal(lastSeen, await temp.ColumnAsync("d", "last_seen_at"));
    }

    [Fact]
    public async Task ApplyUpdatesAsync_NoUpdates_ReturnsZero()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        Assert.Equal(0, await temp.PostStore().ApplyUpdatesAsync("reddit", [], CancellationToken.None));
    }
}

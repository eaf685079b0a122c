using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreSaveTests
{
    [Fact]
    public async Task SaveBatchAsync_NewPosts_CountsThemInserted()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var result = await temp.PostStore().SaveBatchAsync(Some.Batch(3), [], CancellationToken.None);

        Assert.Equal((3, 0), (result.Inserted, result.Updated));
        Assert.Equal(3L, await temp.CountPostsAsync());
    }

    [Fact]
    public async Task SaveBatchAsync_SamePostsAgain_UpdatesWithoutDuplicatingAndKeepsFirstSeen()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var firstSeen = temp.Time.GetUtcNow();
        await store.SaveBatchAsync([Some.Classified(Some.Post("a", score: 1, replyCount: 0))], [], CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromMinutes(15));

        var result = await store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", score: 7, replyCount: 3, flags: PostFlags.Over18))], [], CancellationToken.None);

        Assert.Equal((0, 1), (result.Inserted, result.Updated));
        Assert.Equal(1L, await temp.CountPostsAsync());
        Assert.Equal(firstSeen.UtcDateTime, await temp.ColumnAsync("a", "first_seen_at"));
        Assert.Equal(temp.Time.GetUtcNow().UtcDateTime, await temp.ColumnAsync("a", "last_seen_at"));
        Assert.Equal(7, await temp.ColumnAsync("a", "score"));
        Assert.Equal(3, await temp.ColumnAsync("a", "reply_count"));
        Assert.Equal((int)PostFlags.Over18, await temp.ColumnAsync("a", "flags"));
    }

    [Fact]
    public async Task SaveBatchAsync_MixOfKnownAndNewPosts_CountsEachExactly()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(Some.Batch(2), [], CancellationToken.None);

        var result = await store.SaveBatchAsync(Some.Batch(5), [], CancellationToken.None);

        Assert.Equal((3, 2), (result.Inserted, result.Updated));
    }

    [Fact]
    public async Task SaveBatchAsync_SamePostTwiceInOneBatch_CountsOneInsertAndOneUpdate()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var result = await temp.PostStore().SaveBatchAsync(
            [Some.Classified(Some.Post("twice", score: 1)), Some.Classified(Some.Post("twice", score: 9, title: "Changed"))], [], CancellationToken.None);

        Assert.Equal((1, 1), (result.Inserted, result.Updated));
        Assert.Equal(9, await temp.ColumnAsync("twice", "score"));
        Assert.Equal("A title", await temp.ColumnAsync("twice", "title"));
    }

    [Fact]
    public async Task SaveBatchAsync_SameSourceIdOnTwoSources_KeepsBoth()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var result = await temp.PostStore().SaveBatchAsync(
            [Some.Classified(Some.Post("1", source: "reddit")), Some.Classified(Some.Post("1", source: "x"))], [], CancellationToken.None);

        Assert.Equal((2, 0), (result.Inserted, result.Updated));
    }

    [Fact]
    public async Task SaveBatchAsync_PostSeenAgainAsDeleted_ClearsTextButKeepsTags()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("a"), Some.Tags(Topics.Anxiety))], [], CancellationToken.None);

        await store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", title: "[deleted]", body: "[deleted]", flags: PostFlags.Deleted), Some.Tags(Topics.None))],
            [],
            CancellationToken.None);

        Assert.Equal(string.Empty, await temp.ColumnAsync("a", "title"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("a", "body"));
        Assert.Equal(Topics.Anxiety, await temp.ColumnAsync("a", "topic"));
        Assert.Equal((int)PostFlags.Deleted, await temp.ColumnAsync("a", "flags"));
    }

    [Fact]
    public async Task SaveBatchAsync_NewPostAlreadyRemoved_StoresNoText()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.PostStore().SaveBatchAsync(
            [Some.Classified(Some.Post("r", title: "Visible title", body: "Visible body", flags: PostFlags.Removed))], [], CancellationToken.None);

        Assert.Equal(string.Empty, await temp.ColumnAsync("r", "title"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("r", "body"));
    }

    [Fact]
    public async Task SaveBatchAsync_LargeBatch_SavesEveryRow()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var result = await temp.PostStore().SaveBatchAsync(Some.Batch(20_000), [Some.Checkpoint("p19999")], CancellationToken.None);

        Assert.Equal((20_000, 0), (result.Inserted, result.Updated));
        Assert.Equal(20_000L, await temp.CountPostsAsync());
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task SaveBatchAsync_NothingToSave_ReturnsZeroes()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var result = await temp.PostStore().SaveBatchAsync([], [], CancellationToken.None);

        Assert.Equal((0, 0), (result.Inserted, result.Updated));
    }

    [Theory]
    [InlineData("<script>alert('x')</script><img src=x onerror=alert(1)>")]
    [InlineData("Robert'); DROP TABLE posts;-- \"quoted\" `back` $1 $source")]
    [InlineData("emoji 😔🧠💊 and joiners 👩‍⚕️, right-to-left \u202Etext, accents é ü ß")]
    [InlineData("line one\r\nline two\ttab \\ backslash")]
    public async Task SaveBatchAsync_HostileText_RoundTripsUnchanged(string text)
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("h", title: text, body: text))], [], CancellationToken.None);

        var stored = Assert.Single(await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(text, stored.Title);
        Assert.Equal(text, stored.Body);
    }

    [Fact]
    public async Task SaveBatchAsync_TextWithNul_StoresAReplacementCharacterInstead()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("h", title: "before\0after", body: "\0NUL"))], [], CancellationToken.None);

        var stored = Assert.Single(await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(("before\uFFFDafter", "\uFFFDNUL"), (stored.Title, stored.Body));
    }

    [Fact]
    public async Task SaveBatchAsync_VeryLongBody_RoundTripsUnchanged()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var body = string.Concat(Enumerable.Repeat("I can't sleep again 😞 <b>", 1_700))[..40_000];

        await store.SaveBatchAsync([Some.Classified(Some.Post("long", body: body))], [], CancellationToken.None);

        var stored = Assert.Single(await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(body, stored.Body);
    }
}

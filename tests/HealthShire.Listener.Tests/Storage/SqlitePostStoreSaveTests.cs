using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite;

namespace HealthShire.Listener.Tests.Storage;

public sealed class SqlitePostStoreSaveTests
{
    [Fact]
    public async Task SaveBatchAsync_NewPosts_CountsThemInserted()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        var result = await temp.Store.SaveBatchAsync(Some.Batch(3), [], CancellationToken.None);

        Assert.Equal((3, 0), (result.Inserted, result.Updated));
        Assert.Equal(3L, await temp.CountPostsAsync());
    }

    [Fact]
    public async Task SaveBatchAsync_SamePostsAgain_UpdatesWithoutDuplicatingAndKeepsFirstSeen()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var firstSeen = temp.Time.GetUtcNow();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("a", score: 1, replyCount: 0))], [], CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromMinutes(15));

        var result = await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", score: 7, replyCount: 3, flags: PostFlags.Over18))], [], CancellationToken.None);

        Assert.Equal((0, 1), (result.Inserted, result.Updated));
        Assert.Equal(1L, await temp.CountPostsAsync());
        Assert.Equal(SqliteTime.ToStored(firstSeen), await temp.ColumnAsync("a", "first_seen_at"));
        Assert.Equal(SqliteTime.ToStored(temp.Time.GetUtcNow()), await temp.ColumnAsync("a", "last_seen_at"));
        Assert.Equal(7L, await temp.ColumnAsync("a", "score"));
        Assert.Equal(3L, await temp.ColumnAsync("a", "reply_count"));
        Assert.Equal((long)PostFlags.Over18, await temp.ColumnAsync("a", "flags"));
    }

    [Fact]
    public async Task SaveBatchAsync_MixOfKnownAndNewPosts_CountsEachExactly()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync(Some.Batch(2), [], CancellationToken.None);

        var result = await temp.Store.SaveBatchAsync(Some.Batch(5), [], CancellationToken.None);

        Assert.Equal((3, 2), (result.Inserted, result.Updated));
    }

    [Fact]
    public async Task SaveBatchAsync_SameSourceIdOnTwoSources_KeepsBoth()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        var result = await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("1", source: "reddit")), Some.Classified(Some.Post("1", source: "x"))], [], CancellationToken.None);

        Assert.Equal((2, 0), (result.Inserted, result.Updated));
    }

    [Fact]
    public async Task SaveBatchAsync_PostSeenAgainAsDeleted_ClearsTextButKeepsTags()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("a"), Some.Tags(Topics.Anxiety))], [], CancellationToken.None);

        await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", title: "[deleted]", body: "[deleted]", flags: PostFlags.Deleted), Some.Tags(Topics.None))],
            [],
            CancellationToken.None);

        Assert.Equal(string.Empty, await temp.ColumnAsync("a", "title"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("a", "body"));
        Assert.Equal(Topics.Anxiety, await temp.ColumnAsync("a", "topic"));
        Assert.Equal((long)PostFlags.Deleted, await temp.ColumnAsync("a", "flags"));
    }

    [Fact]
    public async Task SaveBatchAsync_NewPostAlreadyRemoved_StoresNoText()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("r", title: "Visible title", body: "Visible body", flags: PostFlags.Removed))], [], CancellationToken.None);

        Assert.Equal(string.Empty, await temp.ColumnAsync("r", "title"));
        Assert.Equal(string.Empty, await temp.ColumnAsync("r", "body"));
    }

    [Fact]
    public async Task SaveBatchAsync_LargeBatch_SavesEveryRow()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        var result = await temp.Store.SaveBatchAsync(Some.Batch(20_000), [Some.Checkpoint("p19999")], CancellationToken.None);

        Assert.Equal((20_000, 0), (result.Inserted, result.Updated));
        Assert.Equal(20_000L, await temp.CountPostsAsync());
    }

    [Fact]
    public async Task SaveBatchAsync_NothingToSave_ReturnsZeroes()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        var result = await temp.Store.SaveBatchAsync([], [], CancellationToken.None);

        Assert.Equal((0, 0), (result.Inserted, result.Updated));
    }

    [Theory]
    [InlineData("<script>alert('x')</script><img src=x onerror=alert(1)>")]
    [InlineData("Robert'); DROP TABLE posts;-- \"quoted\" `back` $source")]
    [InlineData("emoji 😔🧠💊 and joiners 👩‍⚕️, right-to-left \u202Etext, accents é ü ß")]
    [InlineData("line one\r\nline two\ttab \\ backslash")]
    [InlineData("before\0after NUL")]
    public async Task SaveBatchAsync_HostileText_RoundTripsUnchanged(string text)
    {
        await using var temp = await TemporaryStore.CreateAsync();

        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: text, body: text))], [], CancellationToken.None);

        var stored = Assert.Single(await temp.Store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(text, stored.Title);
        Assert.Equal(text, stored.Body);
    }

    [Fact]
    public async Task SaveBatchAsync_VeryLongBody_RoundTripsUnchanged()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var body = string.Concat(Enumerable.Repeat("I can't sleep again 😞 <b>", 1_700))[..40_000];

        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("long", body: body))], [], CancellationToken.None);

        var stored = Assert.Single(await temp.Store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(40_000, stored.Body.Length);
        Assert.Equal(body, stored.Body);
    }
}

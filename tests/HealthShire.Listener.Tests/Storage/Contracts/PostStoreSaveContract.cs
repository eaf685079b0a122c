using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Saving posts, on either store: new and known posts are counted exactly, a post is kept once per source and id with
/// its first-seen time, gone posts lose their text but keep their tags, and any text round-trips unchanged.
/// </summary>
public abstract class PostStoreSaveContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_NewPosts_CountsThemInserted()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var result = await store.Store.SaveBatchAsync(Some.Batch(3), [], TestContext.Current.CancellationToken);

        Assert.Equal((3, 0), (result.Inserted, result.Updated));
        Assert.Equal(3L, await store.CountPostsAsync());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SamePostsAgain_UpdatesWithoutDuplicatingAndKeepsFirstSeen()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var firstSeen = store.Time.GetUtcNow();
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", score: 1, replyCount: 0))], [], TestContext.Current.CancellationToken);
        store.Time.Advance(TimeSpan.FromMinutes(15));

        var result = await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", score: 7, replyCount: 3, flags: PostFlags.Over18))], [], TestContext.Current.CancellationToken);

        Assert.Equal((0, 1), (result.Inserted, result.Updated));
        Assert.Equal(1L, await store.CountPostsAsync());
        Assert.Equal(firstSeen, await store.TimeAsync("a", "first_seen_at"));
        Assert.Equal(store.Time.GetUtcNow(), await store.TimeAsync("a", "last_seen_at"));
        Assert.Equal(7L, await store.NumberAsync("a", "score"));
        Assert.Equal(3L, await store.NumberAsync("a", "reply_count"));
        Assert.Equal((long)PostFlags.Over18, await store.NumberAsync("a", "flags"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_MixOfKnownAndNewPosts_CountsEachExactly()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(Some.Batch(2), [], TestContext.Current.CancellationToken);

        var result = await store.Store.SaveBatchAsync(Some.Batch(5), [], TestContext.Current.CancellationToken);

        Assert.Equal((3, 2), (result.Inserted, result.Updated));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SamePostTwiceInOneBatch_CountsOneInsertAndOneUpdate()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var result = await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("twice", score: 1)), Some.Classified(Some.Post("twice", score: 9, title: "Changed"))], [], TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (result.Inserted, result.Updated));
        Assert.Equal(9L, await store.NumberAsync("twice", "score"));
        Assert.Equal("A title", await store.TextAsync("twice", "title"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SameSourceIdOnTwoSources_KeepsBoth()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var result = await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("1", source: "reddit")), Some.Classified(Some.Post("1", source: "x"))], [], TestContext.Current.CancellationToken);

        Assert.Equal((2, 0), (result.Inserted, result.Updated));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_PostSeenAgainAsDeleted_ClearsTextButKeepsTags()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a"), Some.Tags(Topics.Anxiety))], [], TestContext.Current.CancellationToken);

        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("a", title: "[deleted]", body: "[deleted]", flags: PostFlags.Deleted), Some.Tags(Topics.None))],
            [],
            TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, await store.TextAsync("a", "title"));
        Assert.Equal(string.Empty, await store.TextAsync("a", "body"));
        Assert.Equal(Topics.Anxiety, await store.TextAsync("a", "topic"));
        Assert.Equal((long)PostFlags.Deleted, await store.NumberAsync("a", "flags"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_NewPostAlreadyRemoved_StoresNoText()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("r", title: "Visible title", body: "Visible body", flags: PostFlags.Removed))], [], TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, await store.TextAsync("r", "title"));
        Assert.Equal(string.Empty, await store.TextAsync("r", "body"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_LargeBatch_SavesEveryRow()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var result = await store.Store.SaveBatchAsync(Some.Batch(20_000), [Some.Checkpoint("p19999")], TestContext.Current.CancellationToken);

        Assert.Equal((20_000, 0), (result.Inserted, result.Updated));
        Assert.Equal(20_000L, await store.CountPostsAsync());
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_NothingToSave_ReturnsZeroes()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var result = await store.Store.SaveBatchAsync([], [], TestContext.Current.CancellationToken);

        Assert.Equal((0, 0), (result.Inserted, result.Updated));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("<script>alert('x')</script><img src=x onerror=alert(1)>")]
    [InlineData("Robert'); DROP TABLE posts;-- \"quoted\" `back` $source")]
    [InlineData("Robert'); DROP TABLE posts;-- \"quoted\" `back` $1 $source")]
    [InlineData("emoji 😔🧠💊 and joiners 👩‍⚕️, right-to-left \u202Etext, accents é ü ß")]
    [InlineData("line one\r\nline two\ttab \\ backslash")]
    public async Task SaveBatchAsync_HostileText_RoundTripsUnchanged(string text)
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: text, body: text))], [], TestContext.Current.CancellationToken);

        var stored = Assert.Single(await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(text, stored.Title);
        Assert.Equal(text, stored.Body);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_VeryLongBody_RoundTripsUnchanged()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var body = string.Concat(Enumerable.Repeat("I can't sleep again 😞 <b>", 1_700))[..40_000];

        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("long", body: body))], [], TestContext.Current.CancellationToken);

        var stored = Assert.Single(await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(40_000, stored.Body.Length);
        Assert.Equal(body, stored.Body);
    }
}

using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// The day rollups, on either store: every write path (save, refresh, retag) moves each post's counts to its day,
/// topic, source and community in the same transaction, so the rollups always equal a recount of the raw posts.
/// </summary>
public abstract class RollupMaintenanceContract(StoreKind kind)
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_NewPosts_CountsEachFlagOnItsDay()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("plain")),
                Some.Classified(Some.Post("asks"), Some.Tags(question: true)),
                Some.Classified(Some.Post("meds"), Some.Tags(question: true, medicationQuestion: true)),
                Some.Classified(Some.Post("answered", replyCount: 2), Some.Tags(question: true)),
                Some.Classified(Some.Post("crisis"), Some.Tags(question: true, crisis: true)),
                Some.Classified(Some.Post("gone", flags: PostFlags.Removed), Some.Tags(question: true)),
                Some.Classified(Some.Post("tomorrow", createdAt: Some.CreatedAt.AddDays(1)), Some.Tags(question: true)),
            ],
            [],
            TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(6, 5, 1, 1, 2), await RollupAssert.CountsAsync(store, Day, Topics.Depression));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 1), await RollupAssert.CountsAsync(store, Day.AddDays(1), Topics.Depression));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SeenAgainWithAnotherTopic_MovesTheCounts()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a"), Some.Tags(Topics.Anxiety, question: true))], [], TestContext.Current.CancellationToken);

        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", replyCount: 1), Some.Tags(Topics.Adhd, question: true))], [], TestContext.Current.CancellationToken);

        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(store, Day, Topics.Anxiety));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await RollupAssert.CountsAsync(store, Day, Topics.Adhd));
        Assert.Equal(0L, await store.NumberFromSqlAsync($"SELECT COUNT(*) FROM post_day_counts WHERE topic = '{Topics.Anxiety}';"));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SeenAgainAsDeleted_KeepsTopicAndLeavesUnanswered()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("d"), Some.Tags(Topics.Ptsd, question: true))], [], TestContext.Current.CancellationToken);

        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("d", body: "[deleted]", flags: PostFlags.Deleted), Some.Tags(Topics.None))], [], TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await RollupAssert.CountsAsync(store, Day, Topics.Ptsd));
        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(store, Day, Topics.None));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SamePostTwiceInOneBatch_CountsItOnceWithTheLastTags()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("twice"), Some.Tags(Topics.Bipolar)), Some.Classified(Some.Post("twice"), Some.Tags(Topics.Anxiety, question: true))],
            [],
            TestContext.Current.CancellationToken);

        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(store, Day, Topics.Bipolar));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 1), await RollupAssert.CountsAsync(store, Day, Topics.Anxiety));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_FirstReply_LeavesUnansweredButStaysAQuestion()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 4, 3, PostFlags.None)], TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await RollupAssert.CountsAsync(store, Day, Topics.Depression));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApplyUpdatesAsync_AdditiveReply_LeavesUnansweredButStaysAQuestion()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 0, 1, PostFlags.None, Additive: true)], TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await RollupAssert.CountsAsync(store, Day, Topics.Depression));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(PostFlags.Deleted)]
    [InlineData(PostFlags.Removed)]
    public async Task ApplyUpdatesAsync_Gone_LeavesUnanswered(PostFlags flags)
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 0, 0, flags), new PostUpdate("unknown", 0, 0, flags)], TestContext.Current.CancellationToken);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await RollupAssert.CountsAsync(store, Day, Topics.Depression));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task UpdateTagsAsync_Retagged_MovesCountsBetweenTopicsAndFlags()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("r"), Some.Tags(Topics.Depression, question: true))], [], TestContext.Current.CancellationToken);

        var changed = await store.Store.UpdateTagsAsync(
            [
                new PostTagUpdate("reddit", "r", Some.Tags(Topics.SelfHarmSuicide, question: true, crisis: true, modelVersion: "model-2")),
                new PostTagUpdate("reddit", "unknown", Some.Tags(Topics.Adhd)),
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(1, changed);
        Assert.Equal(DayCounts.None, await RollupAssert.CountsAsync(store, Day, Topics.Depression));
        Assert.Equal(new DayCounts(1, 1, 0, 1, 0), await RollupAssert.CountsAsync(store, Day, Topics.SelfHarmSuicide));
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EveryWritePath_MixedHistory_RollupsAlwaysEqualARecount()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var random = new Random(5);
        for (var round = 0; round < 6; round++)
        {
            IReadOnlyList<ClassifiedPost> batch = [.. Enumerable.Range(0, 300).Select(_ => RandomPost(random))];
            await store.Store.SaveBatchAsync(batch, [], TestContext.Current.CancellationToken);
            await store.Store.ApplyUpdatesAsync(
                "reddit",
                [.. Enumerable.Range(0, 80).Select(_ => new PostUpdate($"p{random.Next(200)}", 1, random.Next(3), (PostFlags)random.Next(4)))],
                TestContext.Current.CancellationToken);
            await store.Store.UpdateTagsAsync(
                [.. Enumerable.Range(0, 80).Select(_ => new PostTagUpdate("reddit", $"p{random.Next(200)}", RandomTags(random)))],
                TestContext.Current.CancellationToken);
            await RollupAssert.MatchesRecountAsync(store);
        }
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_CancelledMidBatch_LeavesRollupsAsTheyWere()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(Some.Batch(3), [], TestContext.Current.CancellationToken);
        var before = await RollupAssert.RollupsAsync(store);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Store.SaveBatchAsync(
            new CancelAfterList<ClassifiedPost>(Some.Batch(10, prefix: "q"), 5, cancellation), [], cancellation.Token));

        Assert.Equal(before, await RollupAssert.RollupsAsync(store));
    }

    /// <summary>A post among p0…p199 with random community, day, replies, deletion and tags.</summary>
    internal static ClassifiedPost RandomPost(Random random) => Some.Classified(
        Some.Post(
            $"p{random.Next(200)}",
            community: random.Next(2) == 0 ? "depression" : "adhd",
            createdAt: Some.CreatedAt.AddHours(random.Next(-72, 72)),
            replyCount: random.Next(3) == 0 ? 1 : 0,
            flags: random.Next(8) == 0 ? PostFlags.Deleted : PostFlags.None),
        RandomTags(random));

    internal static PostTags RandomTags(Random random) => Some.Tags(
        Topics.All[random.Next(Topics.All.Count)],
        question: random.Next(2) == 0,
        medicationQuestion: random.Next(4) == 0,
        crisis: random.Next(6) == 0);
}

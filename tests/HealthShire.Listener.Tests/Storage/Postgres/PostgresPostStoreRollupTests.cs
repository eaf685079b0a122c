using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreRollupTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    [Fact]
    public async Task SaveBatchAsync_NewPosts_CountsEachFlagOnItsDay()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.PostStore().SaveBatchAsync(
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
            CancellationToken.None);

        Assert.Equal(new DayCounts(6, 5, 1, 1, 2), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Depression));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 1), await PostgresRollupRecount.CountsAsync(temp, Day.AddDays(1), Topics.Depression));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task SaveBatchAsync_SeenAgainWithAnotherTopic_MovesTheCounts()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("a"), Some.Tags(Topics.Anxiety, question: true))], [], CancellationToken.None);

        await store.SaveBatchAsync([Some.Classified(Some.Post("a", replyCount: 1), Some.Tags(Topics.Adhd, question: true))], [], CancellationToken.None);

        Assert.Equal(DayCounts.None, await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Anxiety));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Adhd));
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM post_day_counts WHERE topic = $1;", Topics.Anxiety));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task SaveBatchAsync_SeenAgainAsDeleted_KeepsTopicAndLeavesUnanswered()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("d"), Some.Tags(Topics.Ptsd, question: true))], [], CancellationToken.None);

        await store.SaveBatchAsync(
            [Some.Classified(Some.Post("d", body: "[deleted]", flags: PostFlags.Deleted), Some.Tags(Topics.None))], [], CancellationToken.None);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Ptsd));
        Assert.Equal(DayCounts.None, await PostgresRollupRecount.CountsAsync(temp, Day, Topics.None));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task SaveBatchAsync_SamePostTwiceInOneBatch_CountsItOnceWithTheLastTags()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await temp.PostStore().SaveBatchAsync(
            [Some.Classified(Some.Post("twice"), Some.Tags(Topics.Bipolar)), Some.Classified(Some.Post("twice"), Some.Tags(Topics.Anxiety, question: true))],
            [],
            CancellationToken.None);

        Assert.Equal(DayCounts.None, await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Bipolar));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 1), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Anxiety));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task ApplyUpdatesAsync_FirstReply_LeavesUnansweredButStaysAQuestion()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], CancellationToken.None);

        await store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 4, 3, PostFlags.None)], CancellationToken.None);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Depression));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Theory]
    [InlineData(PostFlags.Deleted)]
    [InlineData(PostFlags.Removed)]
    public async Task ApplyUpdatesAsync_Gone_LeavesUnanswered(PostFlags flags)
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("q"), Some.Tags(question: true))], [], CancellationToken.None);

        await store.ApplyUpdatesAsync("reddit", [new PostUpdate("q", 0, 0, flags), new PostUpdate("unknown", 0, 0, flags)], CancellationToken.None);

        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Depression));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task UpdateTagsAsync_Retagged_MovesCountsBetweenTopicsAndFlags()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("r"), Some.Tags(Topics.Depression, question: true))], [], CancellationToken.None);

        var changed = await store.UpdateTagsAsync(
            [
                new PostTagUpdate("reddit", "r", Some.Tags(Topics.SelfHarmSuicide, question: true, crisis: true, modelVersion: "model-2")),
                new PostTagUpdate("reddit", "unknown", Some.Tags(Topics.Adhd)),
            ],
            CancellationToken.None);

        Assert.Equal(1, changed);
        Assert.Equal(DayCounts.None, await PostgresRollupRecount.CountsAsync(temp, Day, Topics.Depression));
        Assert.Equal(new DayCounts(1, 1, 0, 1, 0), await PostgresRollupRecount.CountsAsync(temp, Day, Topics.SelfHarmSuicide));
        await PostgresRollupRecount.MatchesRecountAsync(temp);
    }

    [Fact]
    public async Task EveryWritePath_MixedHistory_RollupsAlwaysEqualARecount()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var random = new Random(5);
        for (var round = 0; round < 6; round++)
        {
            IReadOnlyList<ClassifiedPost> batch = [.. Enumerable.Range(0, 300).Select(_ => RandomPost(random))];
            await store.SaveBatchAsync(batch, [], CancellationToken.None);
            await store.ApplyUpdatesAsync(
                "reddit",
                [.. Enumerable.Range(0, 80).Select(_ => new PostUpdate($"p{random.Next(200)}", 1, random.Next(3), (PostFlags)random.Next(4)))],
                CancellationToken.None);
            await store.UpdateTagsAsync(
                [.. Enumerable.Range(0, 80).Select(_ => new PostTagUpdate("reddit", $"p{random.Next(200)}", RandomTags(random)))],
                CancellationToken.None);
            await PostgresRollupRecount.MatchesRecountAsync(temp);
        }
    }

    [Fact]
    public async Task SaveBatchAsync_CancelledMidBatch_LeavesRollupsAsTheyWere()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(Some.Batch(3), [], CancellationToken.None);
        var before = await PostgresRollupRecount.RollupsAsync(temp);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveBatchAsync(
            new CancelAfterList<ClassifiedPost>(Some.Batch(10, prefix: "q"), 5, cancellation), [], cancellation.Token));

        Assert.Equal(before, await PostgresRollupRecount.RollupsAsync(temp));
    }

    private static ClassifiedPost RandomPost(Random random) => RollupMaintenanceTests.RandomPost(random);

    private static PostTags RandomTags(Random random) => RollupMaintenanceTests.RandomTags(random);
}

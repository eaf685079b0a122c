using System.Data.Common;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// Checkpoints, on either store: written in the same transaction as the posts (so a failed or cancelled batch leaves
/// both as they were), stamped with the current time unless given one, one per source and key, the last one winning.
/// </summary>
public abstract class PostStoreCheckpointContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_WithCheckpoint_WritesItStampedWithTheCurrentTime()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(Some.Batch(2), [Some.Checkpoint("t3_abc")], TestContext.Current.CancellationToken);

        var checkpoint = (await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken))["depression"];
        Assert.Equal(new Checkpoint("reddit", "depression", "t3_abc", store.Time.GetUtcNow()), checkpoint);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_CheckpointAgain_ReplacesValueAndKeepsGivenTime()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var givenTime = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        await store.Store.SaveBatchAsync([], [Some.Checkpoint("old")], TestContext.Current.CancellationToken);

        await store.Store.SaveBatchAsync([], [Some.Checkpoint("new") with { UpdatedAt = givenTime.ToOffset(TimeSpan.FromHours(2)) }], TestContext.Current.CancellationToken);

        var checkpoint = Assert.Single(await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken)).Value;
        Assert.Equal(("new", givenTime), (checkpoint.Value, checkpoint.UpdatedAt));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_SameCheckpointTwiceInOneBatch_KeepsTheLast()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([], [Some.Checkpoint("first"), Some.Checkpoint("last")], TestContext.Current.CancellationToken);

        Assert.Equal("last", Assert.Single(await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken)).Value.Value);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetCheckpointsAsync_OtherSourcesStored_ReturnsOnlyTheAskedSourceByKey()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [],
            [Some.Checkpoint("1", key: "anxiety"), Some.Checkpoint("2", key: "adhd"), Some.Checkpoint("9", key: "budget-2025-03", source: "x")],
            TestContext.Current.CancellationToken);

        var checkpoints = await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken);

        Assert.Equal(["adhd", "anxiety"], checkpoints.Keys.Order());
        Assert.Equal("2", checkpoints["adhd"].Value);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_ConstraintFailsMidBatch_RollsBackPostsAndCheckpoint()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([], [Some.Checkpoint("before")], TestContext.Current.CancellationToken);
        IReadOnlyList<ClassifiedPost> batch =
            [.. Some.Batch(3), Some.Classified(Some.Post(sourceId: string.Empty)), .. Some.Batch(3, prefix: "q")];

        // The provider's own database error (SqliteException, PostgresException), not a wrapper.
        var error = await Assert.ThrowsAnyAsync<DbException>(
            () => store.Store.SaveBatchAsync(batch, [Some.Checkpoint("after")], TestContext.Current.CancellationToken));

        Assert.Equal(store.Kind == StoreKind.Sqlite ? "SqliteException" : "PostgresException", error.GetType().Name);
        Assert.Equal(0L, await store.CountPostsAsync());
        Assert.Equal("before", (await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken))["depression"].Value);
        Assert.Equal(0L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_day_counts;"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_CancelledMidBatch_RollsBackPostsAndCheckpoint()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        using var cancellation = new CancellationTokenSource();
        var batch = new CancelAfterList<ClassifiedPost>(Some.Batch(10), 5, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.Store.SaveBatchAsync(batch, [Some.Checkpoint("after")], cancellation.Token));

        Assert.Equal(0L, await store.CountPostsAsync());
        Assert.Empty(await store.Store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken));
    }
}

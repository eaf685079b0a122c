using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Sources;
using Npgsql;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreCheckpointTests
{
    [Fact]
    public async Task SaveBatchAsync_WithCheckpoint_WritesItStampedWithTheCurrentTime()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(Some.Batch(2), [Some.Checkpoint("t3_abc")], CancellationToken.None);

        var checkpoint = (await store.GetCheckpointsAsync("reddit", CancellationToken.None))["depression"];
        Assert.Equal(new Checkpoint("reddit", "depression", "t3_abc", temp.Time.GetUtcNow()), checkpoint);
    }

    [Fact]
    public async Task SaveBatchAsync_CheckpointAgain_ReplacesValueAndKeepsGivenTime()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        var givenTime = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        await store.SaveBatchAsync([], [Some.Checkpoint("old")], CancellationToken.None);

        await store.SaveBatchAsync([], [Some.Checkpoint("new") with { UpdatedAt = givenTime.ToOffset(TimeSpan.FromHours(2)) }], CancellationToken.None);

        var checkpoint = Assert.Single(await store.GetCheckpointsAsync("reddit", CancellationToken.None)).Value;
        Assert.Equal(("new", givenTime), (checkpoint.Value, checkpoint.UpdatedAt));
    }

    [Fact]
    public async Task SaveBatchAsync_SameCheckpointTwiceInOneBatch_KeepsTheLast()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();

        await store.SaveBatchAsync([], [Some.Checkpoint("first"), Some.Checkpoint("last")], CancellationToken.None);

        Assert.Equal("last", Assert.Single(await store.GetCheckpointsAsync("reddit", CancellationToken.None)).Value.Value);
    }

    [Fact]
    public async Task GetCheckpointsAsync_OtherSourcesStored_ReturnsOnlyTheAskedSourceByKey()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync(
            [],
            [Some.Checkpoint("1", key: "anxiety"), Some.Checkpoint("2", key: "adhd"), Some.Checkpoint("9", key: "budget-2025-03", source: "x")],
            CancellationToken.None);

        var checkpoints = await store.GetCheckpointsAsync("reddit", CancellationToken.None);

        Assert.Equal(["adhd", "anxiety"], checkpoints.Keys.Order());
        Assert.Equal("2", checkpoints["adhd"].Value);
    }

    [Fact]
    public async Task SaveBatchAsync_ConstraintFailsMidBatch_RollsBackPostsAndCheckpoint()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([], [Some.Checkpoint("before")], CancellationToken.None);
        IReadOnlyList<ClassifiedPost> batch =
            [.. Some.Batch(3), Some.Classified(Some.Post(sourceId: string.Empty)), .. Some.Batch(3, prefix: "q")];

        await Assert.ThrowsAsync<PostgresException>(
            () => store.SaveBatchAsync(batch, [Some.Checkpoint("after")], CancellationToken.None));

        Assert.Equal(0L, await temp.CountPostsAsync());
        Assert.Equal("before", (await store.GetCheckpointsAsync("reddit", CancellationToken.None))["depression"].Value);
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM post_day_counts;"));
    }

    [Fact]
    public async Task SaveBatchAsync_CancelledMidBatch_RollsBackPostsAndCheckpoint()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        using var cancellation = new CancellationTokenSource();
        var batch = new CancelAfterList<ClassifiedPost>(Some.Batch(10), 5, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.SaveBatchAsync(batch, [Some.Checkpoint("after")], cancellation.Token));

        Assert.Equal(0L, await temp.CountPostsAsync());
        Assert.Empty(await store.GetCheckpointsAsync("reddit", CancellationToken.None));
    }
}

using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Core.Pipeline;

public sealed class ListeningPipelineTests
{
    private readonly InMemoryPostStore _store = new();
    private readonly FixedClassifier _classifier = new(Topics.Adhd);
    private readonly FakeTimeProvider _time = new(Some.Now);

    private ListeningPipeline CreatePipeline() => new(_classifier, _store, _time, NullLogger<ListeningPipeline>.Instance);

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_TwoBatches_StoresTaggedPostsWithTheirCheckpoints()
    {
        var source = new ScriptedSource(
            "reddit",
            new SourceBatch("depression", [Some.Post("a1"), Some.Post("a2")], [Some.Checkpoint("depression", "t3_a2")]),
            new SourceBatch("ADHD", [Some.Post("b1", community: "ADHD")], [Some.Checkpoint("ADHD", "t3_b1")]));

        var result = await CreatePipeline().RunAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Fetched);
        Assert.Equal(3, result.Inserted);
        Assert.All(_store.Posts, p => Assert.Equal(Topics.Adhd, p.Tags.Topic));
        var checkpoints = await _store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken);
        Assert.Equal("t3_a2", checkpoints["depression"].Value);
        Assert.Equal("t3_b1", checkpoints["ADHD"].Value);
        Assert.All(result.Communities, c => Assert.True(c.CheckpointAdvanced));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_SecondSighting_CountsAsUpdatedNotInserted()
    {
        var batch = new SourceBatch("depression", [Some.Post("a1")], []);
        await CreatePipeline().RunAsync(new ScriptedSource("reddit", batch), TestContext.Current.CancellationToken);

        var result = await CreatePipeline().RunAsync(new ScriptedSource("reddit", batch), TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Inserted);
        Assert.Equal(1, result.Updated);
        Assert.Single(_store.Posts);
        Assert.False(Assert.Single(result.Communities).CheckpointAdvanced);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_GivesTheSourceItsStoredCheckpoints()
    {
        await _store.SaveBatchAsync([], [Some.Checkpoint("depression", "t3_old"), Some.Checkpoint("q", "9", source: "x")], TestContext.Current.CancellationToken);
        var source = new ScriptedSource("reddit");

        await CreatePipeline().RunAsync(source, TestContext.Current.CancellationToken);

        var seen = Assert.Single(source.CheckpointsSeen!);
        Assert.Equal("t3_old", seen.Value.Value);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_CancelledAfterFirstBatch_StoresThatBatchAndStopsWithoutThrowing()
    {
        using var cts = new CancellationTokenSource();
        var source = new ScriptedSource(
            "reddit",
            new SourceBatch("depression", [Some.Post("a1")], [Some.Checkpoint("depression", "t3_a1")]),
            new SourceBatch("ADHD", [Some.Post("b1", community: "ADHD")], [Some.Checkpoint("ADHD", "t3_b1")]))
        {
            AfterBatch = n => { if (n == 1) cts.Cancel(); },
        };

        var result = await CreatePipeline().RunAsync(source, cts.Token);

        Assert.Equal("a1", Assert.Single(_store.Posts).Post.SourceId);
        Assert.Equal(0, result.Refreshed);
        var checkpoints = await _store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken);
        Assert.False(checkpoints.ContainsKey("ADHD"));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_RefreshesOnlyPostsYoungerThanTheSourcesWindow()
    {
        await _store.SaveBatchAsync(
            [new(Some.Post("young", createdAt: Some.Now.AddHours(-5)), Some.Tags()),
             new(Some.Post("old", createdAt: Some.Now.AddDays(-3)), Some.Tags()),
             new(Some.Post("other", source: "x", createdAt: Some.Now.AddHours(-1)), Some.Tags())],
            [],
            TestContext.Current.CancellationToken);
        var source = new ScriptedSource("reddit") { RefreshMaxAge = TimeSpan.FromDays(2) };

        var result = await CreatePipeline().RunAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(["young"], source.RefreshAskedFor);
        Assert.Equal(1, result.Refreshed);
        Assert.Equal("young", Assert.Single(Assert.Single(_store.AppliedUpdates)).SourceId);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_StoreFails_PropagatesInsteadOfLookingLikeNoWork()
    {
        _store.FailNextSave = new InvalidOperationException("disk full");
        var source = new ScriptedSource("reddit", new SourceBatch("depression", [Some.Post("a1")], []));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => CreatePipeline().RunAsync(source, TestContext.Current.CancellationToken));

        Assert.Equal("disk full", ex.Message);
    }
}

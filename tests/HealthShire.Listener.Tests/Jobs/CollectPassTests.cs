using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Jobs;

public sealed class CollectPassTests
{
    private readonly InMemoryPostStore _store = new();
    private readonly CollectionHealth _health = new();
    private readonly FakeTimeProvider _time = new(Some.Now);

    private CollectPass CreatePass() => new(
        new ListeningPipeline(new FixedClassifier(Topics.Adhd), _store, _time, NullLogger<ListeningPipeline>.Instance),
        _store,
        _health,
        _time,
        NullLogger<CollectPass>.Instance);

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_FailuresInARow_AreCountedUntilAPassSucceeds()
    {
        var failing = new ScriptedSource("reddit", new SourceBatch("depression", [Some.Post("a1")], [Some.Checkpoint("depression", "t3_a1")]));
        for (var i = 0; i < 3; i++)
        {
            _store.FailNextSave = new InvalidOperationException("file is not a database");
            await CreatePass().RunAsync(failing, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        }

        var afterFailures = _health.Snapshot()["reddit"].ConsecutiveFailures;
        await CreatePass().RunAsync(failing, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Equal(3, afterFailures);
        Assert.Equal(0, _health.Snapshot()["reddit"].ConsecutiveFailures);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_NoCommunityAdvanced_CountsAsAFailedPass()
    {
        var unreadable = new ScriptedSource("reddit", new SourceBatch("depression", [], []), new SourceBatch("ADHD", [], []));

        await CreatePass().RunAsync(unreadable, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var health = _health.Snapshot()["reddit"];
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Null(health.LastSuccessAt);
        Assert.Contains("no community could be read", health.LastFailure, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_PassFails_KeepsTheErrorInTheStoreBesideTheCheckpointsAndReportsIt()
    {
        await _store.SaveBatchAsync([], [Some.Checkpoint("depression", "t3_old")], TestContext.Current.CancellationToken);
        _store.FailNextSave = new InvalidOperationException("database is locked\nwhile saving");
        var source = new ScriptedSource("reddit", new SourceBatch("depression", [Some.Post("a1")], [Some.Checkpoint("depression", "t3_a1")]));

        await CreatePass().RunAsync(source, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var checkpoints = await _store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken);
        Assert.Equal("t3_old", checkpoints["depression"].Value);
        Assert.Equal(new LastPassError(Some.Now, "database is locked while saving"), LastPassError.From(checkpoints.Values));
        var health = _health.Snapshot()["reddit"];
        Assert.Equal((Some.Now, "database is locked\nwhile saving"), (health.LastFailureAt, health.LastFailure));
        Assert.Null(health.LastSuccessAt);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task RunAsync_PassSucceeds_RecordsTheSuccessAndKeepsNoError()
    {
        var source = new ScriptedSource("reddit", new SourceBatch("depression", [Some.Post("a1")], [Some.Checkpoint("depression", "t3_a1")]));

        await CreatePass().RunAsync(source, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var checkpoints = await _store.GetCheckpointsAsync("reddit", TestContext.Current.CancellationToken);
        Assert.Null(LastPassError.From(checkpoints.Values));
        Assert.Equal((Some.Now, 1, (DateTimeOffset?)null), (_health.Snapshot()["reddit"].LastSuccessAt, _health.Snapshot()["reddit"].LastInserted, _health.Snapshot()["reddit"].LastFailureAt));
    }
}

using System.Collections.Concurrent;
using HealthShire.Listener.Core.Pipeline;

namespace HealthShire.Listener.Jobs;

/// <summary>The last successful and the last failed pass per source, for <c>/healthz</c>.</summary>
internal sealed class CollectionHealth
{
    private readonly ConcurrentDictionary<string, SourceHealth> _bySource = new(StringComparer.OrdinalIgnoreCase);

    public void Succeeded(CollectResult result) =>
        _bySource.AddOrUpdate(
            result.Source,
            _ => new SourceHealth(result.FinishedAt, result.Inserted, null, null),
            (_, old) => old with { LastSuccessAt = result.FinishedAt, LastInserted = result.Inserted, ConsecutiveFailures = 0 });

    public void Failed(string source, DateTimeOffset at, string reason) =>
        _bySource.AddOrUpdate(
            source,
            _ => new SourceHealth(null, 0, at, reason) { ConsecutiveFailures = 1 },
            (_, old) => old with { LastFailureAt = at, LastFailure = reason, ConsecutiveFailures = old.ConsecutiveFailures + 1 });

    public IReadOnlyDictionary<string, SourceHealth> Snapshot() => new Dictionary<string, SourceHealth>(_bySource);
}

using HealthShire.Listener.Jobs;
using HealthShire.Listener.Status;

namespace HealthShire.Listener.Api;

/// <summary>
/// One registered source in <c>/healthz</c>: its schedule, this node's last successful pass, the last failed pass
/// (this node's, or a newer one that any node kept in the store) and its stored checkpoints by key.
/// </summary>
internal sealed record SourceHealthReport(
    bool Enabled,
    TimeSpan Interval,
    DateTimeOffset? LastSuccessAt,
    int LastInserted,
    DateTimeOffset? LastFailureAt,
    string? LastFailure,
    IReadOnlyDictionary<string, CheckpointReport> Checkpoints)
{
    /// <summary>Passes in a row that failed on this node; at <see cref="DegradedAfter"/> or more the worker is degraded.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Failed passes in a row of one source after which <c>/healthz</c> says <c>degraded</c> (503).</summary>
    public const int DegradedAfter = 3;

    public static SourceHealthReport Of(SourceStatus status, SourceHealth? node)
    {
        var failure = status.LastError is { } kept && (node?.LastFailureAt is not { } local || kept.At > local)
            ? (At: (DateTimeOffset?)kept.At, Message: kept.Message)
            : (At: node?.LastFailureAt, Message: node?.LastFailure);
        return new SourceHealthReport(
            status.Enabled,
            status.Interval,
            node?.LastSuccessAt,
            node?.LastInserted ?? 0,
            failure.At,
            failure.Message,
            status.Checkpoints.ToDictionary(c => c.Key, c => new CheckpointReport(c.Value, c.UpdatedAt), StringComparer.Ordinal))
        {
            ConsecutiveFailures = node?.ConsecutiveFailures ?? 0,
        };
    }
}

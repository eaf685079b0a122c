using HealthShire.Listener.Jobs;
using HealthShire.Listener.Status;

namespace HealthShire.Listener.Api.Status;

/// <summary>
/// One registered source in <c>GET /api/status</c>. <see cref="LastCollectedAt"/> is the later of this node's last
/// successful pass and the newest checkpoint any node stored for the source (a pass stores one when it ends well), so a
/// node that has just started still knows how fresh the data are.
/// </summary>
internal sealed record SourceCollection(
    string Name,
    bool Enabled,
    TimeSpan Interval,
    DateTimeOffset? LastCollectedAt,
    DateTimeOffset? LastFailureAt,
    string? LastFailure,
    int ConsecutiveFailures)
{
    public static SourceCollection Of(SourceStatus status, SourceHealth? node)
    {
        var health = SourceHealthReport.Of(status, node);
        var stored = status.Checkpoints.Count == 0 ? (DateTimeOffset?)null : status.Checkpoints.Max(c => c.UpdatedAt);
        var collected = Later(node?.LastSuccessAt, stored);
        return new SourceCollection(
            status.Name, status.Enabled, status.Interval, collected, health.LastFailureAt, health.LastFailure, health.ConsecutiveFailures);
    }

    private static DateTimeOffset? Later(DateTimeOffset? left, DateTimeOffset? right) =>
        left is null ? right : right is null ? left : left > right ? left : right;
}

namespace HealthShire.Listener.Jobs;

/// <summary>How a source's passes have gone since the worker started.</summary>
internal sealed record SourceHealth(DateTimeOffset? LastSuccessAt, int LastInserted, DateTimeOffset? LastFailureAt, string? LastFailure)
{
    /// <summary>Passes in a row that failed on this node since its last good one.</summary>
    public int ConsecutiveFailures { get; init; }
}

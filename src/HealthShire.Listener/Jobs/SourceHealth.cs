namespace HealthShire.Listener.Jobs;

/// <summary>How a source's passes have gone since the worker started.</summary>
internal sealed record SourceHealth(DateTimeOffset? LastSuccessAt, int LastInserted, DateTimeOffset? LastFailureAt, string? LastFailure);

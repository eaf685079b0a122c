namespace HealthShire.Listener.Api;

/// <summary>One stored checkpoint of a source in <c>/healthz</c>.</summary>
internal sealed record CheckpointReport(string Value, DateTimeOffset UpdatedAt);

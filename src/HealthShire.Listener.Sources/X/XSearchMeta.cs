namespace HealthShire.Listener.Sources.X;

internal sealed record XSearchMeta(string? NewestId, string? OldestId, int ResultCount, string? NextToken);

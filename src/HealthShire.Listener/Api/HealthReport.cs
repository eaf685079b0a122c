namespace HealthShire.Listener.Api;

/// <summary>The body of <c>/healthz</c>: the store answers, and every registered source by name.</summary>
internal sealed record HealthReport(string Status, bool StoreReachable, IReadOnlyDictionary<string, SourceHealthReport> Sources);

using HealthShire.Listener.Jobs;

namespace HealthShire.Listener.Api;

/// <summary>The body of <c>/healthz</c>.</summary>
internal sealed record HealthReport(string Status, bool StoreReachable, IReadOnlyDictionary<string, SourceHealth> Sources);

namespace HealthShire.Listener.Api.Trends;

/// <summary>
/// One series of <c>GET /api/trends</c>, keyed by its group's value (a topic, a source or a community); <c>topic</c> is
/// the same value when the series are grouped by topic, and null otherwise.
/// </summary>
internal sealed record TrendLine(string Key, string? Topic, IReadOnlyList<TrendBucket> Points);

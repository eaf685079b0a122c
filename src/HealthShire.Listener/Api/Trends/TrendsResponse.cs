using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Trends;

/// <summary>The body of <c>GET /api/trends</c>: one series per topic.</summary>
internal sealed record TrendsResponse(string Interval, IReadOnlyList<TrendSeries> Series);

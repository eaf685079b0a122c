using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Trends;

/// <summary>The body of <c>GET /api/trends/rising</c>: topics by z-score, against <see cref="TrailingWeeks"/> weeks.</summary>
internal sealed record RisingResponse(int TrailingWeeks, IReadOnlyList<RisingTopic> Topics);

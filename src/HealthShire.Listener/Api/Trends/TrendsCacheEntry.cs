using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Trends;

/// <summary>One kept trend answer, the store version it was read at and when it expires.</summary>
internal sealed record TrendsCacheEntry(IReadOnlyList<TrendSeries> Series, long Version, DateTimeOffset ExpiresAt)
{
    public bool IsFresh(long currentVersion, DateTimeOffset now) => Version == currentVersion && now < ExpiresAt;
}

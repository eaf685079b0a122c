namespace HealthShire.Listener.Core.Insights;

/// <summary>Which counts to return: days (in the configured time zone) from <paramref name="From"/> to <paramref name="To"/> inclusive.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Interval">Day or week buckets; week buckets start on the Monday on or before <paramref name="From"/>.</param>
/// <param name="Topic">Only this topic, or every topic when null.</param>
/// <param name="Source">Only this source, or every source when null.</param>
/// <param name="Community">Only this community, or every community when null.</param>
public sealed record TrendQuery(DateOnly From, DateOnly To, TrendInterval Interval, string? Topic, string? Source, string? Community)
{
    /// <summary>Only posts naming this medication (a generic name), or every post when null.</summary>
    public string? Medication { get; init; }

    /// <summary>What the series are keyed by: topic (the default), source or community.</summary>
    public TrendGroup GroupBy { get; init; } = TrendGroup.Topic;
}

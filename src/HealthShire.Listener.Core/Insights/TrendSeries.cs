namespace HealthShire.Listener.Core.Insights;

/// <summary>One group's points in time order, with every bucket of the range present (zeros included).</summary>
/// <param name="Topic">The group's value: the topic, or the source or community when the query groups by those (<see cref="TrendQuery.GroupBy"/>).</param>
/// <param name="Points">The buckets, oldest first.</param>
public sealed record TrendSeries(string Topic, IReadOnlyList<TrendPoint> Points);

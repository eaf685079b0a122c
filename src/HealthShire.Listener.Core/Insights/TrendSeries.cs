namespace HealthShire.Listener.Core.Insights;

/// <summary>One topic's points in time order, with every bucket of the range present (zeros included).</summary>
public sealed record TrendSeries(string Topic, IReadOnlyList<TrendPoint> Points);

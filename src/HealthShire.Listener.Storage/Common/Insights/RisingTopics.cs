using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>
/// How unusual each topic's latest full week is against the weeks before it. The deviation is the
/// population one (divided by the number of trailing weeks): those weeks are the whole reference,
/// not a sample of a larger set.
/// </summary>
internal static class RisingTopics
{
    /// <summary>The weeks to read: the trailing ones and then the latest full week.</summary>
    public static TrendQuery Query(DateOnly today, int trailingWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trailingWeeks, 1);
        var latest = LatestWeek(today);
        return new TrendQuery(latest.AddDays(-7 * trailingWeeks), latest.AddDays(6), TrendInterval.Week, null, null, null);
    }

    /// <summary>The Monday of the last full week before the one containing <paramref name="today"/>.</summary>
    public static DateOnly LatestWeek(DateOnly today) => ListenerCalendar.WeekStart(today).AddDays(-7);

    /// <summary>Every series' latest point against the points before it, highest z-score first, those without one last.</summary>
    public static IReadOnlyList<RisingTopic> Rank(IReadOnlyList<TrendSeries> weeklySeries) =>
    [
        .. weeklySeries
            .Select(Measure)
            .OrderBy(topic => topic.ZScore is null)
            .ThenByDescending(topic => topic.ZScore)
            .ThenByDescending(topic => topic.Posts),
    ];

    public static RisingTopic Measure(TrendSeries series)
    {
        var latest = series.Points[^1];
        var trailing = series.Points.Take(series.Points.Count - 1).Select(point => (double)point.Posts).ToArray();
        var previous = series.Points.Count > 1 ? series.Points[^2].Posts : 0;
        var mean = trailing.Length == 0 ? 0 : trailing.Average();
        var deviation = trailing.Length == 0 ? 0 : Math.Sqrt(trailing.Sum(posts => (posts - mean) * (posts - mean)) / trailing.Length);
        return new RisingTopic(
            series.Topic,
            latest.Start,
            latest.Posts,
            previous,
            previous == 0 ? null : (latest.Posts - previous) / (double)previous,
            mean,
            deviation,
            deviation == 0 ? null : (latest.Posts - mean) / deviation);
    }
}

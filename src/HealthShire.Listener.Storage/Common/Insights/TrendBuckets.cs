using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>
/// The buckets of a trend query. Week buckets are whole ISO weeks, from the Monday on or before
/// From to the Sunday on or after To, so that every point counts seven days and compares fairly.
/// </summary>
internal readonly record struct TrendBuckets(int FirstDay, int LastDay, int Size)
{
    public int Count => ((LastDay - FirstDay) / Size) + 1;

    public static TrendBuckets For(TrendQuery query)
    {
        if (query.To < query.From)
        {
            throw new ArgumentException($"The trend range ends ({query.To:yyyy-MM-dd}) before it starts ({query.From:yyyy-MM-dd}).", nameof(query));
        }

        return query.Interval switch
        {
            TrendInterval.Day => new(EpochDay.From(query.From), EpochDay.From(query.To), 1),
            TrendInterval.Week => new(
                EpochDay.From(ListenerCalendar.WeekStart(query.From)),
                EpochDay.From(ListenerCalendar.WeekStart(query.To)) + 6,
                7),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Interval, "Unknown trend interval."),
        };
    }

    public int IndexOf(int day) => (day - FirstDay) / Size;

    public DateOnly StartOf(int index) => EpochDay.ToDate(FirstDay + (index * Size));
}

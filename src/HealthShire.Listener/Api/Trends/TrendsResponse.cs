using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage;

namespace HealthShire.Listener.Api.Trends;

/// <summary>
/// The body of <c>GET /api/trends</c>: one series per group, the totals per period across the groups (for shares of
/// all posts), and the time zone days are cut in.
/// </summary>
internal sealed record TrendsResponse(
    string Interval,
    string GroupBy,
    string TimeZone,
    IReadOnlyList<TrendLine> Series,
    IReadOnlyList<TrendBucket> Totals)
{
    /// <summary>Why a community filter matched no stored community, or null (<see cref="Communities.CommunityMatch"/>).</summary>
    public string? CommunityHint { get; init; }

    /// <summary>The answer to <paramref name="query"/>; a period that ends on or after <paramref name="today"/> is partial.</summary>
    public static TrendsResponse Of(TrendQuery query, IReadOnlyList<TrendSeries> series, ListenerCalendar calendar, DateOnly today)
    {
        var days = query.Interval == TrendInterval.Day ? 1 : 7;
        bool Partial(DateOnly start) => start.AddDays(days - 1) >= today;
        var lines = series
            .Select(s => new TrendLine(
                s.Topic,
                query.GroupBy == TrendGroup.Topic ? s.Topic : null,
                [.. s.Points.Select(p => TrendBucket.Of(p, Partial(p.Start)))]))
            .ToList();
        var starts = TrendBucketStarts(query, series);
        var totals = starts
            .Select((start, i) => TrendBucket.Of(
                new TrendPoint(
                    start,
                    series.Sum(s => s.Points[i].Posts),
                    series.Sum(s => s.Points[i].Questions),
                    series.Sum(s => s.Points[i].MedicationQuestions),
                    series.Sum(s => s.Points[i].Crisis),
                    series.Sum(s => s.Points[i].Unanswered)),
                Partial(start)))
            .ToList();
        return new TrendsResponse(
            query.Interval == TrendInterval.Day ? "day" : "week",
            TrendsRequest.Groups[(int)query.GroupBy],
            ListenerTimeZone.StableId(calendar.TimeZone),
            lines,
            totals);
    }

    // Every series holds every bucket; without any series (a source grouping of an empty range) the buckets are counted out here.
    private static List<DateOnly> TrendBucketStarts(TrendQuery query, IReadOnlyList<TrendSeries> series)
    {
        if (series.Count > 0)
        {
            return [.. series[0].Points.Select(p => p.Start)];
        }

        var days = query.Interval == TrendInterval.Day ? 1 : 7;
        var first = query.Interval == TrendInterval.Day ? query.From : ListenerCalendar.WeekStart(query.From);
        var starts = new List<DateOnly>();
        for (var start = first; start <= query.To; start = start.AddDays(days))
        {
            starts.Add(start);
        }

        return starts;
    }
}

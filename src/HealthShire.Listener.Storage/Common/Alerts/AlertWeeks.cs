using System.Data.Common;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Common.Alerts;

/// <summary>
/// Weekly counts per subject (medication or community) summed from day rollups, measured like rising topics
/// (<see cref="RisingTopics.Measure"/>): the last week against the ones before it.
/// </summary>
internal sealed class AlertWeeks
{
    private readonly Dictionary<string, long[]> _counts = new(StringComparer.Ordinal);
    private readonly int _weeks;

    private AlertWeeks(DateOnly firstWeek, int weeks)
    {
        FirstWeek = firstWeek;
        _weeks = weeks;
        FirstDay = EpochDay.From(firstWeek);
        LastDay = FirstDay + (7 * weeks) - 1;
    }

    public DateOnly FirstWeek { get; }

    /// <summary>The first day read, as a rollup day.</summary>
    public int FirstDay { get; }

    /// <summary>The last day read, as a rollup day.</summary>
    public int LastDay { get; }

    /// <summary>The latest full week before the one containing <paramref name="today"/>, after its trailing weeks.</summary>
    public static AlertWeeks LatestFullWeek(DateOnly today, int trailingWeeks) =>
        new(RisingTopics.LatestWeek(today).AddDays(-7 * trailingWeeks), trailingWeeks + 1);

    /// <summary>The week containing <paramref name="today"/> (so far), after its trailing full weeks.</summary>
    public static AlertWeeks CurrentWeek(DateOnly today, int trailingWeeks) =>
        new(ListenerCalendar.WeekStart(today).AddDays(-7 * trailingWeeks), trailingWeeks + 1);

    /// <summary>
    /// The query over a day rollup table: subject, week index, count (a 64-bit sum), given the table, its subject and
    /// count columns, and the placeholders of <see cref="FirstDay"/> and <see cref="LastDay"/>.
    /// </summary>
    public static string Sql(string table, string subject, string count, string first, string last) => $"""
        SELECT {subject}, (day - {first}) / 7, SUM({count})
        FROM {table}
        WHERE day BETWEEN {first} AND {last}
        GROUP BY {subject}, (day - {first}) / 7
        """;

    /// <summary>Adds the rows of <see cref="Sql"/>.</summary>
    public async Task AddAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var week = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            if (week < 0 || week >= _weeks)
            {
                continue;
            }

            var subject = reader.GetString(0);
            if (!_counts.TryGetValue(subject, out var counts))
            {
                _counts[subject] = counts = new long[_weeks];
            }

            counts[week] += reader.GetInt64(2);
        }
    }

    /// <summary>Each subject with any count, measured; by subject.</summary>
    public IReadOnlyList<AlertMeasure> ToMeasures() =>
    [
        .. _counts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => RisingTopics.Measure(new TrendSeries(
                pair.Key,
                [.. pair.Value.Select((posts, index) => new TrendPoint(FirstWeek.AddDays(7 * index), posts, 0, 0, 0, 0))])))
            .Select(rising => new AlertMeasure(rising.Topic, rising.WeekStart, rising.Posts, rising.TrailingMean, rising.ZScore)),
    ];
}

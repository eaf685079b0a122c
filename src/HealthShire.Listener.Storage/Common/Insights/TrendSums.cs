using System.Data.Common;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>The counts of a trend query, summed per group (topic, source or community) and bucket from rollup rows, then turned into series.</summary>
internal sealed class TrendSums
{
    private const string Sums = "SUM(posts), SUM(questions), SUM(medication_questions), SUM(crisis), SUM(unanswered)";

    private readonly Dictionary<string, RollupCounts[]> _sums;
    private readonly bool _fixedGroups;

    public TrendSums(TrendQuery query)
    {
        Buckets = TrendBuckets.For(query);
        GroupColumn = GroupColumnOf(query.GroupBy);
        _fixedGroups = query.GroupBy == TrendGroup.Topic;
        IReadOnlyList<string> topics = !_fixedGroups ? [] : query.Topic is null ? Topics.All : [query.Topic];
        _sums = topics.Distinct(StringComparer.Ordinal).ToDictionary(topic => topic, _ => new RollupCounts[Buckets.Count], StringComparer.Ordinal);
    }

    public TrendBuckets Buckets { get; }

    /// <summary>The rollup column the series are keyed by; the command groups by <c>day</c> and this column.</summary>
    public string GroupColumn { get; }

    /// <summary>The select list <see cref="AddAllAsync"/> reads, each sum as a 64-bit integer.</summary>
    public string Columns => $"day, {GroupColumn}, {Sums}";

    /// <summary>
    /// The rollup table that answers the query: without a source, community or grouping other than topic, the day totals
    /// per topic hold the same sums in a fraction of the rows.
    /// The medication rollups answer a query for one medication (the caller adds <c>medication = …</c> to the filters).
    /// </summary>
    public static string TableFor(TrendQuery query) =>
        query.Medication is not null ? "post_day_medication_counts"
        : query.Source is null && query.Community is null && query.GroupBy == TrendGroup.Topic ? "post_day_topic_counts"
        : "post_day_counts";

    /// <summary>Adds the rows of a command that selects <see cref="Columns"/>.</summary>
    public async Task AddAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(1);
            if (!_sums.TryGetValue(key, out var points))
            {
                if (_fixedGroups)
                {
                    continue;
                }

                points = _sums[key] = new RollupCounts[Buckets.Count];
            }

            var index = Buckets.IndexOf(reader.GetInt32(0));
            points[index] += new RollupCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
        }
    }

    /// <summary>Topics in display order; sources and communities with the most posts first, then by name.</summary>
    public IReadOnlyList<TrendSeries> ToSeries()
    {
        IEnumerable<KeyValuePair<string, RollupCounts[]>> groups = _fixedGroups
            ? _sums
            : _sums.OrderByDescending(pair => pair.Value.Sum(c => c.Posts)).ThenBy(pair => pair.Key, StringComparer.Ordinal);
        return
        [
            .. groups.Select(pair => new TrendSeries(
                pair.Key,
                [.. pair.Value.Select((counts, index) => new TrendPoint(
                    Buckets.StartOf(index), counts.Posts, counts.Questions, counts.MedicationQuestions, counts.Crisis, counts.Unanswered))])),
        ];
    }

    private static string GroupColumnOf(TrendGroup group) => group switch
    {
        TrendGroup.Topic => "topic",
        TrendGroup.Source => "source",
        TrendGroup.Community => "community",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown trend group."),
    };
}

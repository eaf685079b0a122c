using System.Data.Common;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>The counts of a trend query, summed per topic and bucket from rollup rows, then turned into series.</summary>
internal sealed class TrendSums
{
    /// <summary>The select list <see cref="AddAllAsync"/> reads, each sum as a 64-bit integer.</summary>
    public const string Columns = "day, topic, SUM(posts), SUM(questions), SUM(medication_questions), SUM(crisis), SUM(unanswered)";

    private readonly Dictionary<string, RollupCounts[]> _sums;

    public TrendSums(TrendQuery query)
    {
        Buckets = TrendBuckets.For(query);
        IReadOnlyList<string> topics = query.Topic is null ? Topics.All : [query.Topic];
        _sums = topics.Distinct(StringComparer.Ordinal).ToDictionary(topic => topic, _ => new RollupCounts[Buckets.Count], StringComparer.Ordinal);
    }

    public TrendBuckets Buckets { get; }

    /// <summary>
    /// The rollup table that answers the query: without a source or community, the day totals per topic hold the same
    /// sums in a fraction of the rows.
    /// The medication rollups answer a query for one medication (the caller adds <c>medication = …</c> to the filters).
    /// </summary>
    public static string TableFor(TrendQuery query) =>
        query.Medication is not null ? "post_day_medication_counts"
        : query.Source is null && query.Community is null ? "post_day_topic_counts"
        : "post_day_counts";

    /// <summary>Adds the rows of a command that selects <see cref="Columns"/>.</summary>
    public async Task AddAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (_sums.TryGetValue(reader.GetString(1), out var points))
            {
                var index = Buckets.IndexOf(reader.GetInt32(0));
                points[index] += new RollupCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }
    }

    public IReadOnlyList<TrendSeries> ToSeries() =>
    [
        .. _sums.Select(pair => new TrendSeries(
            pair.Key,
            [.. pair.Value.Select((counts, index) => new TrendPoint(
                Buckets.StartOf(index), counts.Posts, counts.Questions, counts.MedicationQuestions, counts.Crisis, counts.Unanswered))])),
    ];
}

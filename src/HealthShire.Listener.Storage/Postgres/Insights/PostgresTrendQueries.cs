using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite.Insights;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Trend series read from the day rollups only; raw posts are never scanned for counts.</summary>
internal sealed class PostgresTrendQueries(PostgresDatabase database)
{
    public async Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        var buckets = TrendBuckets.For(query);
        IReadOnlyList<string> topics = query.Topic is null ? Topics.All : [query.Topic];
        var sums = topics.Distinct(StringComparer.Ordinal).ToDictionary(topic => topic, _ => new RollupCounts[buckets.Count], StringComparer.Ordinal);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };

        // The range is one slice of the primary key. Without a source or community, the day totals per topic (kept
        // by a trigger) hold the same sums in a fraction of the rows.
        var first = PostgresFilters.Add(command, buckets.FirstDay);
        var last = PostgresFilters.Add(command, buckets.LastDay);
        var filters = PostgresFilters.Equal(command, query.Topic, query.Source, query.Community);
        var table = query.Source is null && query.Community is null ? "post_day_topic_counts" : "post_day_counts";
        command.CommandText = $"""
            SELECT day, topic, SUM(posts)::bigint, SUM(questions)::bigint, SUM(medication_questions)::bigint,
                   SUM(crisis)::bigint, SUM(unanswered)::bigint
            FROM {table}
            WHERE day BETWEEN {first} AND {last}{filters}
            GROUP BY day, topic;
            """;

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (sums.TryGetValue(reader.GetString(1), out var points))
            {
                var index = buckets.IndexOf(reader.GetInt32(0));
                points[index] += new RollupCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }

        return
        [
            .. sums.Select(pair => new TrendSeries(
                pair.Key,
                [.. pair.Value.Select((counts, index) => new TrendPoint(
                    buckets.StartOf(index), counts.Posts, counts.Questions, counts.MedicationQuestions, counts.Crisis, counts.Unanswered))])),
        ];
    }
}

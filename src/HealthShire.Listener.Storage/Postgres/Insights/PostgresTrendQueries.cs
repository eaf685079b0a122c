using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Trend series read from the day rollups only; raw posts are never scanned for counts.</summary>
internal sealed class PostgresTrendQueries(PostgresDatabase database)
{
    public async Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        var sums = new TrendSums(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };

        // The range is one slice of the primary key; the day totals per topic are kept by a trigger. SUM of integer
        // columns is bigint, as the shared reader expects.
        var first = PostgresFilters.Add(command, sums.Buckets.FirstDay);
        var last = PostgresFilters.Add(command, sums.Buckets.LastDay);
        var filters = PostgresFilters.Equal(command, query.Topic, query.Source, query.Community);
        var medication = query.Medication is null ? string.Empty : $"medication = {PostgresFilters.Add(command, query.Medication)} AND ";
        command.CommandText = $"""
            SELECT {sums.Columns}
            FROM {TrendSums.TableFor(query)}
            WHERE {medication}day BETWEEN {first} AND {last}{filters}
            GROUP BY day, {sums.GroupColumn};
            """;
        await sums.AddAllAsync(command, cancellationToken);
        return sums.ToSeries();
    }
}

using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>Trend series read from the day rollups only; raw posts are never scanned for counts.</summary>
internal sealed class SqliteTrendQueries(SqliteDatabase database)
{
    public async Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        var sums = new TrendSums(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // The range is one slice of the primary key, grouped in key order.
        var filters = SqliteFilters.Equal(command, query.Topic, query.Source, query.Community);
        var medication = string.Empty;
        if (query.Medication is not null)
        {
            medication = "medication = $medication AND ";
            command.Parameters.AddWithValue("$medication", query.Medication);
        }

        command.CommandText = $"""
            SELECT {sums.Columns}
            FROM {TrendSums.TableFor(query)}
            WHERE {medication}day BETWEEN $first AND $last{filters}
            GROUP BY day, {sums.GroupColumn};
            """;
        command.Parameters.AddWithValue("$first", sums.Buckets.FirstDay);
        command.Parameters.AddWithValue("$last", sums.Buckets.LastDay);
        await sums.AddAllAsync(command, cancellationToken);
        return sums.ToSeries();
    }
}

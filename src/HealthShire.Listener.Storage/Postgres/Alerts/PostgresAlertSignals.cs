using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Common.Alerts;
using HealthShire.Listener.Storage.Postgres.Insights;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Alerts;

/// <summary>The weekly measures of medication and crisis rules, from the PostgreSQL day rollups.</summary>
internal sealed class PostgresAlertSignals(PostgresDatabase database) : AlertSignals
{
    protected override async Task<IReadOnlyList<AlertMeasure>> ReadAsync(
        AlertWeeks weeks,
        string table,
        string subject,
        string count,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.CommandText = AlertWeeks.Sql(table, subject, count, PostgresFilters.Add(command, weeks.FirstDay), PostgresFilters.Add(command, weeks.LastDay));
        await weeks.AddAsync(command, cancellationToken);
        return weeks.ToMeasures();
    }
}

using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Common.Alerts;

namespace HealthShire.Listener.Storage.Sqlite.Alerts;

/// <summary>The weekly measures of medication and crisis rules, from the SQLite day rollups.</summary>
internal sealed class SqliteAlertSignals(SqliteDatabase database) : AlertSignals
{
    protected override async Task<IReadOnlyList<AlertMeasure>> ReadAsync(
        AlertWeeks weeks,
        string table,
        string subject,
        string count,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AlertWeeks.Sql(table, subject, count, "$first", "$last");
        command.Parameters.AddWithValue("$first", weeks.FirstDay);
        command.Parameters.AddWithValue("$last", weeks.LastDay);
        await weeks.AddAsync(command, cancellationToken);
        return weeks.ToMeasures();
    }
}

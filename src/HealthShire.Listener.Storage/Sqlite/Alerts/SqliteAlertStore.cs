using System.Globalization;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Common.Alerts;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Alerts;

/// <summary>
/// Alert rules and deliveries on SQLite. Each claim and mark is one statement, so two processes on one file cannot
/// both win a delivery: SQLite serialises the writes and the conditional upsert changes the row for only one.
/// </summary>
internal sealed class SqliteAlertStore(SqliteDatabase database, TimeProvider timeProvider) : IAlertStore
{
    public async Task<AlertRule> AddRuleAsync(NewAlertRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO alert_rules (kind, subject, threshold, email, webhook, created_at)
            VALUES ($kind, $subject, $threshold, $email, $webhook, $now)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$kind", AlertNames.Of(rule.Kind));
        command.Parameters.AddWithValue("$subject", rule.Subject);
        command.Parameters.AddWithValue("$threshold", rule.Threshold);
        command.Parameters.AddWithValue("$email", (object?)rule.Email ?? DBNull.Value);
        command.Parameters.AddWithValue("$webhook", (object?)rule.Webhook ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(now));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        // The stored time, as a read gives it back (milliseconds).
        return new AlertRule(id, rule.Kind, rule.Subject, rule.Threshold, rule.Email, rule.Webhook, SqliteTime.FromStored(SqliteTime.ToStored(now)));
    }

    public async Task<IReadOnlyList<AlertRule>> ListRulesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlertRows.RuleColumns} FROM alert_rules ORDER BY id;";
        return await DbRows.ReadAllAsync(command, reader => AlertRows.Rule(reader, SqliteTime.Read), cancellationToken);
    }

    public async Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM alert_rules WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<AlertClaim?> TryClaimAsync(
        AlertSendKey key,
        AlertKind kind,
        double value,
        DateTimeOffset abandonedBefore,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // "WHERE true" is not needed: the SELECT's own WHERE keeps SQLite from reading ON CONFLICT as a join.
        command.CommandText = AlertSql.Claim("$rule", "$subject", "$period", "$channel", "$kind", "$value", "$now", "$abandonedBefore");
        AddKey(command, key);
        command.Parameters.AddWithValue("$kind", AlertNames.Of(kind));
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$abandonedBefore", SqliteTime.ToStored(abandonedBefore));
        return await DbRows.ReadFirstAsync(
            command,
            reader => new AlertClaim(key, reader.GetInt32(0), reader.GetDouble(1), SqliteTime.Read(reader, 2)),
            cancellationToken);
    }

    public Task<bool> MarkSentAsync(AlertClaim claim, CancellationToken cancellationToken) =>
        MarkAsync(claim, AlertRows.Sent, null, cancellationToken);

    public Task<bool> MarkFailedAsync(AlertClaim claim, string error, CancellationToken cancellationToken) =>
        MarkAsync(claim, AlertRows.Failed, AlertRows.ErrorOf(error), cancellationToken);

    public async Task<IReadOnlyList<FiredAlert>> ListFiredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AlertSql.Fired("$since", "$limit");
        command.Parameters.AddWithValue("$since", SqliteTime.ToStored(since));
        command.Parameters.AddWithValue("$limit", limit);
        return await DbRows.ReadAllAsync(command, reader => AlertRows.Fired(reader, SqliteTime.Read), cancellationToken);
    }

    private async Task<bool> MarkAsync(AlertClaim claim, string state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AlertSql.Mark("$state", "$now", "$error", "$rule", "$subject", "$period", "$channel", "$attempt");
        AddKey(command, claim.Key);
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("$attempt", claim.Attempt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddKey(SqliteCommand command, AlertSendKey key)
    {
        command.Parameters.AddWithValue("$rule", key.RuleId);
        command.Parameters.AddWithValue("$subject", key.Subject);
        command.Parameters.AddWithValue("$period", key.Period);
        command.Parameters.AddWithValue("$channel", AlertNames.Of(key.Channel));
    }
}

using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Common.Alerts;
using HealthShire.Listener.Storage.Common.Rows;
using HealthShire.Listener.Storage.Postgres.Insights;
using Npgsql;
using NpgsqlTypes;

namespace HealthShire.Listener.Storage.Postgres.Alerts;

/// <summary>
/// Alert rules and deliveries on PostgreSQL. Each claim and mark is one statement, so two nodes cannot both win a
/// delivery: concurrent upserts on one key wait for each other, and the second finds the condition false.
/// </summary>
internal sealed class PostgresAlertStore(PostgresDatabase database, TimeProvider timeProvider) : IAlertStore
{
    public async Task<AlertRule> AddRuleAsync(NewAlertRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        // timestamptz keeps microseconds; the rule returned holds what a read gives back.
        var now = timeProvider.GetUtcNow().ToUniversalTime();
        now = now.AddTicks(-(now.Ticks % 10));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.CommandText = $"""
            INSERT INTO alert_rules (kind, subject, threshold, email, webhook, created_at)
            VALUES ({PostgresFilters.Add(command, AlertNames.Of(rule.Kind))}, {PostgresFilters.Add(command, rule.Subject)},
                {PostgresFilters.Add(command, rule.Threshold)}, {Text(command, rule.Email)}, {Text(command, rule.Webhook)},
                {PostgresFilters.Add(command, now)})
            RETURNING id;
            """;
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidDataException("alert_rules gave no id."));
        return new AlertRule(id, rule.Kind, rule.Subject, rule.Threshold, rule.Email, rule.Webhook, now);
    }

    public async Task<IReadOnlyList<AlertRule>> ListRulesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {AlertRows.RuleColumns} FROM alert_rules ORDER BY id;", connection);
        return await DbRows.ReadAllAsync(command, reader => AlertRows.Rule(reader, PostgresTime.Read), cancellationToken);
    }

    public async Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.CommandText = $"DELETE FROM alert_rules WHERE id = {PostgresFilters.Add(command, id)};";
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
        await using var command = new NpgsqlCommand { Connection = connection };
        var (rule, subject, period, channel) = AddKey(command, key);
        command.CommandText = AlertSql.Claim(
            rule,
            subject,
            period,
            channel,
            PostgresFilters.Add(command, AlertNames.Of(kind)),
            PostgresFilters.Add(command, value),
            PostgresFilters.Add(command, timeProvider.GetUtcNow().ToUniversalTime()),
            PostgresFilters.Add(command, abandonedBefore.ToUniversalTime()));
        return await DbRows.ReadFirstAsync(
            command,
            reader => new AlertClaim(key, reader.GetInt32(0), reader.GetDouble(1), PostgresTime.Read(reader, 2)),
            cancellationToken);
    }

    public Task<bool> MarkSentAsync(AlertClaim claim, CancellationToken cancellationToken) =>
        MarkAsync(claim, AlertRows.Sent, null, cancellationToken);

    public Task<bool> MarkFailedAsync(AlertClaim claim, string error, CancellationToken cancellationToken) =>
        MarkAsync(claim, AlertRows.Failed, AlertRows.ErrorOf(error), cancellationToken);

    public async Task<IReadOnlyList<FiredAlert>> ListFiredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.CommandText = AlertSql.Fired(PostgresFilters.Add(command, since.ToUniversalTime()), PostgresFilters.Add(command, limit));
        return await DbRows.ReadAllAsync(command, reader => AlertRows.Fired(reader, PostgresTime.Read), cancellationToken);
    }

    private async Task<bool> MarkAsync(AlertClaim claim, string state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var (rule, subject, period, channel) = AddKey(command, claim.Key);
        command.CommandText = AlertSql.Mark(
            PostgresFilters.Add(command, state),
            PostgresFilters.Add(command, timeProvider.GetUtcNow().ToUniversalTime()),
            Text(command, error),
            rule,
            subject,
            period,
            channel,
            PostgresFilters.Add(command, claim.Attempt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static (string Rule, string Subject, string Period, string Channel) AddKey(NpgsqlCommand command, AlertSendKey key) => (
        PostgresFilters.Add(command, key.RuleId),
        PostgresFilters.Add(command, key.Subject),
        PostgresFilters.Add(command, key.Period),
        PostgresFilters.Add(command, AlertNames.Of(key.Channel)));

    private static string Text(NpgsqlCommand command, string? value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

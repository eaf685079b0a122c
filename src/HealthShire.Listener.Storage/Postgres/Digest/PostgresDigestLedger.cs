using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Digest;

/// <summary>
/// The record of digests sent, per subscriber and ISO week. Each claim and mark is one statement, so two nodes on the
/// same database cannot both win a week: concurrent upserts on the same key wait for each other, and the one that
/// comes second sees the row the first left and finds the condition false.
/// </summary>
internal sealed class PostgresDigestLedger(PostgresDatabase database, TimeProvider timeProvider) : IDigestLedger
{
    // $1 address, $2 week, $3 now, $4 force, $5 abandonedBefore.
    private const string ClaimSql = """
        INSERT INTO digest_sends AS d (address, week, state, attempt, started_at)
        VALUES ($1, $2, 'sending', 1, $3)
        ON CONFLICT ((lower(address)), week) DO UPDATE SET
            state = 'sending', attempt = d.attempt + 1, started_at = excluded.started_at, finished_at = NULL, error = NULL
        WHERE d.state = 'failed' OR $4
            OR (d.state = 'sending' AND d.started_at < $5)
        RETURNING attempt;
        """;

    // $1 state, $2 now, $3 error, $4 address, $5 week, $6 attempt.
    private const string MarkSql = """
        UPDATE digest_sends SET state = $1, finished_at = $2, error = $3
        WHERE lower(address) = lower($4) AND week = $5 AND attempt = $6 AND state = 'sending';
        """;

    public async Task<DigestSend?> GetAsync(string address, DigestWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {DigestRows.SendColumns} FROM digest_sends
            WHERE lower(address) = lower($1) AND week = $2;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
        return await DbRows.ReadFirstAsync(command, reader => DigestRows.Send(reader, week, PostgresTime.Read), cancellationToken);
    }

    public async Task<DigestClaim?> TryClaimAsync(
        string address,
        DigestWeek week,
        bool force,
        DateTimeOffset abandonedBefore,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ClaimSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = force });
        // timestamptz takes only offset 0; the instant is what counts.
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = abandonedBefore.ToUniversalTime() });
        var attempt = await command.ExecuteScalarAsync(cancellationToken);
        return attempt is int number ? new DigestClaim(address, week, number) : null;
    }

    public Task<bool> MarkSentAsync(DigestClaim claim, CancellationToken cancellationToken) =>
        MarkAsync(claim, DigestRows.Sent, null, cancellationToken);

    public Task<bool> MarkFailedAsync(DigestClaim claim, string error, CancellationToken cancellationToken) =>
        MarkAsync(claim, DigestRows.Failed, DigestRows.ErrorOf(error), cancellationToken);

    private async Task<bool> MarkAsync(DigestClaim claim, string state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(MarkSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = claim.Address });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = claim.Week.ToString() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = claim.Attempt });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}

using System.Globalization;
using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Sqlite.Digest;

/// <summary>
/// The record of digests sent, per subscriber and ISO week. Each claim and mark is one statement,
/// so two processes on the same file cannot both win a week: SQLite serialises the writes and the
/// conditional upsert changes the row for only one of them.
/// </summary>
internal sealed class SqliteDigestLedger(SqliteDatabase database, TimeProvider timeProvider) : IDigestLedger
{
    private const string ClaimSql = """
        INSERT INTO digest_sends (address, week, state, attempt, started_at)
        VALUES ($address, $week, 'sending', 1, $now)
        ON CONFLICT (address, week) DO UPDATE SET
            state = 'sending', attempt = attempt + 1, started_at = excluded.started_at, finished_at = NULL, error = NULL
        WHERE digest_sends.state = 'failed' OR $force = 1
            OR (digest_sends.state = 'sending' AND digest_sends.started_at < $abandonedBefore)
        RETURNING attempt;
        """;

    private const string MarkSql = """
        UPDATE digest_sends SET state = $state, finished_at = $now, error = $error
        WHERE address = $address AND week = $week AND attempt = $attempt AND state = 'sending';
        """;

    public async Task<DigestSend?> GetAsync(string address, DigestWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DigestRows.SendColumns} FROM digest_sends
            WHERE address = $address AND week = $week;
            """;
        command.Parameters.AddWithValue("$address", address);
        command.Parameters.AddWithValue("$week", week.ToString());
        return await DbRows.ReadFirstAsync(command, reader => DigestRows.Send(reader, week, SqliteTime.Read), cancellationToken);
    }

    public async Task<DigestClaim?> TryClaimAsync(
        string address,
        DigestWeek week,
        bool force,
        DateTimeOffset abandonedBefore,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ClaimSql;
        command.Parameters.AddWithValue("$address", address);
        command.Parameters.AddWithValue("$week", week.ToString());
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$force", force ? 1 : 0);
        command.Parameters.AddWithValue("$abandonedBefore", SqliteTime.ToStored(abandonedBefore));
        var attempt = await command.ExecuteScalarAsync(cancellationToken);
        return attempt is null or DBNull
            ? null
            : new DigestClaim(address, week, Convert.ToInt32(attempt, CultureInfo.InvariantCulture));
    }

    public Task<bool> MarkSentAsync(DigestClaim claim, CancellationToken cancellationToken) =>
        MarkAsync(claim, DigestRows.Sent, null, cancellationToken);

    public Task<bool> MarkFailedAsync(DigestClaim claim, string error, CancellationToken cancellationToken) =>
        MarkAsync(claim, DigestRows.Failed, DigestRows.ErrorOf(error), cancellationToken);

    private async Task<bool> MarkAsync(DigestClaim claim, string state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = MarkSql;
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("$address", claim.Address);
        command.Parameters.AddWithValue("$week", claim.Week.ToString());
        command.Parameters.AddWithValue("$attempt", claim.Attempt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}

using System.Globalization;
using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Common.Rows;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Digest;

/// <summary>The digest's subscribers in the store's SQLite file.</summary>
internal sealed class SqliteSubscriberStore(SqliteDatabase database, TimeProvider timeProvider) : ISubscriberStore
{
    public async Task<bool> SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        await using var connection = await database.OpenAsync(cancellationToken);
        // Immediate, so that the existence check and the write see the same row.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT COUNT(*) FROM digest_subscribers WHERE address = $address;";
        exists.Parameters.AddWithValue("$address", subscriber.Address);
        var added = Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO digest_subscribers ({DigestRows.SubscriberColumns}, created_at, updated_at)
            VALUES ($address, $display_name, $topics, $sources, $time_zone, $send_day, $send_hour, $now, $now)
            ON CONFLICT (address) DO UPDATE SET
                address = excluded.address, display_name = excluded.display_name, topics = excluded.topics,
                sources = excluded.sources, time_zone = excluded.time_zone, send_day = excluded.send_day,
                send_hour = excluded.send_hour, updated_at = excluded.updated_at;
            """;
        command.Parameters.AddWithValue("$address", subscriber.Address);
        command.Parameters.AddWithValue("$display_name", subscriber.DisplayName);
        command.Parameters.AddWithValue("$topics", DigestRows.Join(subscriber.Topics));
        command.Parameters.AddWithValue("$sources", DigestRows.Join(subscriber.Sources));
        command.Parameters.AddWithValue("$time_zone", subscriber.TimeZoneId);
        command.Parameters.AddWithValue("$send_day", (int)subscriber.SendDay);
        command.Parameters.AddWithValue("$send_hour", subscriber.SendHour);
        command.Parameters.AddWithValue("$now", SqliteTime.ToStored(timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {DigestRows.SubscriberColumns} FROM digest_subscribers ORDER BY address;", null, cancellationToken);

    public async Task<Subscriber?> GetAsync(string address, CancellationToken cancellationToken)
    {
        var found = await ReadAsync($"SELECT {DigestRows.SubscriberColumns} FROM digest_subscribers WHERE address = $address;", address, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<bool> RemoveAsync(string address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM digest_subscribers WHERE address = $address;";
        command.Parameters.AddWithValue("$address", address);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<IReadOnlyList<Subscriber>> ReadAsync(string sql, string? address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (address is not null)
        {
            command.Parameters.AddWithValue("$address", address);
        }

        return await DbRows.ReadAllAsync(command, DigestRows.Subscriber, cancellationToken);
    }
}

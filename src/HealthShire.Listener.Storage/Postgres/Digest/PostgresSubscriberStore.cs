using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Digest;

/// <summary>The digest's subscribers in the store's PostgreSQL database. Addresses match on lower(address), as the unique index does.</summary>
internal sealed class PostgresSubscriberStore(PostgresDatabase database, TimeProvider timeProvider) : ISubscriberStore
{
    // One statement, so that two nodes saving the same address at once both succeed and exactly one learns it added
    // the row: xmax is 0 only on a row version this statement inserted (an updated one carries our transaction id).
    private const string SaveSql = $"""
        INSERT INTO digest_subscribers AS s ({DigestRows.SubscriberColumns}, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
        ON CONFLICT ((lower(address))) DO UPDATE SET
            address = excluded.address, display_name = excluded.display_name, topics = excluded.topics,
            sources = excluded.sources, time_zone = excluded.time_zone, send_day = excluded.send_day,
            send_hour = excluded.send_hour, updated_at = excluded.updated_at
        RETURNING (s.xmax = 0);
        """;

    public async Task<bool> SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SaveSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subscriber.Address });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subscriber.DisplayName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = DigestRows.Join(subscriber.Topics) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = DigestRows.Join(subscriber.Sources) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subscriber.TimeZoneId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)subscriber.SendDay });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = subscriber.SendHour });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // Byte order of the lowered address, like SQLite's NOCASE order, whatever the database's collation.
    public Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken) =>
        ReadAsync($"""SELECT {DigestRows.SubscriberColumns} FROM digest_subscribers ORDER BY lower(address) COLLATE "C";""", null, cancellationToken);

    public async Task<Subscriber?> GetAsync(string address, CancellationToken cancellationToken)
    {
        var found = await ReadAsync($"SELECT {DigestRows.SubscriberColumns} FROM digest_subscribers WHERE lower(address) = lower($1);", address, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<bool> RemoveAsync(string address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM digest_subscribers WHERE lower(address) = lower($1);", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<IReadOnlyList<Subscriber>> ReadAsync(string sql, string? address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (address is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = address });
        }

        return await DbRows.ReadAllAsync(command, DigestRows.Subscriber, cancellationToken);
    }
}

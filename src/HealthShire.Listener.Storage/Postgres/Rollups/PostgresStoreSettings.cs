using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Rollups;

/// <summary>Reads and writes <c>store_settings</c> (keys in <see cref="Common.Rollups.StoreSettings"/>).</summary>
internal static class PostgresStoreSettings
{
    public static async Task<string?> ReadAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string key,
        CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand("SELECT value FROM store_settings WHERE key = $1;", connection, transaction);
        read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await read.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The statement that sets <paramref name="key"/>, to run in a batch of the transaction.</summary>
    public static NpgsqlBatchCommand Write(string key, string value)
    {
        var write = new NpgsqlBatchCommand(
            "INSERT INTO store_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
        write.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        write.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        return write;
    }
}

using Npgsql;

namespace HealthShire.Listener.Testing;

/// <summary>One test's own PostgreSQL database on <see cref="PostgresTestServer"/>, dropped when disposed.</summary>
internal sealed class PostgresTestDatabase(string adminConnectionString, string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The connection string of this database (for <c>Store:ConnectionString</c>).</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

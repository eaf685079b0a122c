using HealthShire.Listener.Hosting;
using Npgsql;

namespace HealthShire.Listener.Bench;

/// <summary>
/// The benchmarks fill the PostgreSQL database they are given with synthetic posts, so they take only an empty one. The
/// check runs on a bare connection before any host starts: a worker host would migrate the database and join its
/// clustered scheduler, and its schedule clean-up would remove a real deployment's jobs.
/// </summary>
internal static class EmptyPostgresDatabase
{
    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema');", connection);
        if ((long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) > 0)
        {
            throw new ConfigurationException(
                $"bench --postgres needs an empty database (no tables): it fills it with synthetic posts. '{connection.Database}' has tables; create a new database for the benchmark.");
        }
    }
}

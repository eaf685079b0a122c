using HealthShire.Listener.Hosting;
using Npgsql;

namespace HealthShire.Listener.Bench;

/// <summary>
/// The benchmarks fill the PostgreSQL database they are given with synthetic posts, so they take only an empty one. The
/// check runs on a bare connection before any host starts: a worker host would migrate the database and join its
/// clustered scheduler, and its schedule clean-up would remove a real deployment's jobs.
/// </summary>
internal static class BenchPostgresDatabase
{
    public static async Task EnsureEmptyAsync(string connectionString, CancellationToken cancellationToken)
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

    /// <summary>
    /// What autovacuum does a little while after a bulk load: marks the freshly written pages all-visible, so the list
    /// queries' index-only scans read no table pages, and refreshes the planner's statistics. Measuring before it would
    /// time the minutes after the load, not the store as it runs.
    /// </summary>
    public static async Task VacuumAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE) posts;", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

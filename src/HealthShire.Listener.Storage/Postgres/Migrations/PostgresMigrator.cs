using System.Globalization;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>
/// Brings the database to the latest schema version, all pending steps in one transaction. Nodes that start together
/// take turns on a transaction-scoped advisory lock, so exactly one of them migrates and the others find it done.
/// </summary>
internal sealed class PostgresMigrator(PostgresDatabase database, TimeProvider timeProvider)
{
    /// <summary>The advisory lock key of migrations (an arbitrary constant: "HSLM" in ASCII).</summary>
    private const long MigrationLock = 0x48534C4D;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     NOT NULL PRIMARY KEY,
            name        text        NOT NULL,
            applied_at  timestamptz NOT NULL
        );
        """;

    public Task<(int From, int To)> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(PostgresMigrations.All, cancellationToken);

    /// <summary>Applies the pending steps.</summary>
    /// <returns>The version before and after.</returns>
    public async Task<(int From, int To)> MigrateAsync(IReadOnlyList<PostgresMigration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock});", cancellationToken);
        await ExecuteAsync(connection, transaction, CreateVersionTable, cancellationToken);

        int current;
        await using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The database '{database.Description}' has schema version {current}, newer than the {latest} this build knows. Run a newer build of HealthShire Listener, or restore a backup taken before the upgrade."));
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3);", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (current, Math.Max(current, latest));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

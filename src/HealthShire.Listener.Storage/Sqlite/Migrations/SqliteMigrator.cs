using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Brings a database to the latest schema version, all pending steps in one transaction.</summary>
internal sealed class SqliteMigrator(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  INTEGER NOT NULL
        );
        """;

    /// <summary>Applies the pending steps.</summary>
    /// <returns>The version before and after.</returns>
    public async Task<(int From, int To)> MigrateAsync(IReadOnlyList<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // The journal mode is stored in the file and cannot change inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BEGIN IMMEDIATE: two processes starting at once take turns instead of both migrating.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, CreateVersionTable, cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The database '{database.Location.DatabasePath}' has schema version {current}, newer than the {latest} this build knows. Run a newer build of HealthShire Listener, or restore a backup taken before the upgrade."));
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $applied_at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$applied_at", SqliteTime.ToStored(timeProvider.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (current, Math.Max(current, latest));
    }

    public Task<(int From, int To)> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(SqliteMigrations.All, cancellationToken);

    private static async Task<int> CurrentVersionAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

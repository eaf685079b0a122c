using HealthShire.Listener.Storage.Common.Posts;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>Opens pooled connections to the database file with the settings every operation relies on.</summary>
internal sealed class SqliteDatabase
{
    // Per-connection settings, since none of them is stored in the file. The busy timeout is long
    // enough to wait out another writer's batch and short enough that a stuck lock surfaces as an
    // error. With WAL, synchronous=NORMAL survives application crashes while syncing far less.
    private const string ConnectionPragmas = """
        PRAGMA busy_timeout = 10000;
        PRAGMA foreign_keys = ON;
        PRAGMA synchronous = NORMAL;
        """;

    public SqliteDatabase(SqliteLocation location)
    {
        Location = location;
        Directory.CreateDirectory(Path.GetDirectoryName(location.DatabasePath) ?? ".");
    }

    public SqliteLocation Location { get; }

    /// <summary>Grows with every committed write that can move the counts (posts, refreshes, tags, rollup rebuilds).</summary>
    public StoreChanges Changes { get; } = new();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(Location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

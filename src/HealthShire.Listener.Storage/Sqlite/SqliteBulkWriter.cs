using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Rollups;
using HealthShire.Listener.Storage.Sqlite.Rollups;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>
/// An import's writer: one connection for the whole import, its upsert statements prepared once and moved from one
/// transaction to the next, and a page cache large enough to hold the indexes' hot pages between batches, so that a
/// batch rewrites each page it touches once. Each write is still one committed transaction with the same meaning as
/// <see cref="SqlitePostStore.SaveBatchAsync"/> (and the durability of <c>synchronous = NORMAL</c> in WAL mode): what was
/// written before a crash stays, and the rollups always match the posts.
/// </summary>
internal sealed class SqliteBulkWriter : IPostBulkWriter
{
    /// <summary>The page cache while importing, in KiB (SQLite's negative cache_size); connections otherwise keep 2 MiB.</summary>
    public const int ImportCacheKiB = 16 * 1024;

    private const int DefaultCacheKiB = 2000;

    private readonly SqliteDatabase _database;
    private readonly ListenerCalendar _calendar;
    private readonly TimeProvider _time;
    private readonly SqliteConnection _connection;
    private PostUpsertCommand? _upsert;

    private SqliteBulkWriter(SqliteDatabase database, ListenerCalendar calendar, TimeProvider time, SqliteConnection connection)
    {
        _database = database;
        _calendar = calendar;
        _time = time;
        _connection = connection;
    }

    public static async Task<SqliteBulkWriter> OpenAsync(SqliteDatabase database, ListenerCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            SetCache(connection, ImportCacheKiB);
            return new SqliteBulkWriter(database, calendar, time, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Synchronous on purpose, as in SqlitePostStore: Microsoft.Data.Sqlite's async methods complete synchronously anyway.
    public Task<SaveResult> WriteAsync(IReadOnlyList<ClassifiedPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return Task.FromResult(new SaveResult(0, 0));
        }

        var seenAt = SqliteTime.ToStored(_time.GetUtcNow());
        using var transaction = _connection.BeginTransaction();
        if (_upsert is null)
        {
            _upsert = new PostUpsertCommand(_connection, transaction);
        }
        else
        {
            _upsert.Transaction = transaction;
        }

        var rollups = new RollupChanges(_calendar);
        var inserted = _upsert.ExecuteAll(posts, seenAt, rollups, cancellationToken);
        SqliteRollups.Apply(_connection, transaction, rollups);
        transaction.Commit();
        _database.Changes.Note();
        return Task.FromResult(new SaveResult(inserted, posts.Count - inserted));
    }

    public async ValueTask DisposeAsync()
    {
        _upsert?.Dispose();
        try
        {
            // The connection goes back to the pool: it leaves with the cache every other operation expects.
            SetCache(_connection, DefaultCacheKiB);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static void SetCache(SqliteConnection connection, int kibibytes)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{kibibytes};";
        command.ExecuteNonQuery();
    }
}

using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Sqlite;
using HealthShire.Listener.Storage.Sqlite.Insights;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>A migrated store on a database file in a fresh temporary folder, removed on dispose.</summary>
internal sealed class TemporaryStore : IAsyncDisposable
{
    private TemporaryStore(string folder, FakeTimeProvider time, TimeZoneInfo zone)
    {
        Folder = folder;
        Time = time;
        Calendar = new ListenerCalendar(zone);
        if (!SqliteLocation.TryParse($"Data Source={Path.Combine(folder, "store", "listener.db")}", out var location, out var error))
        {
            throw new InvalidOperationException(error);
        }

        Database = new SqliteDatabase(location);
        Store = new SqlitePostStore(Database, new SqlitePostQueries(Database), Calendar, time, NullLogger<SqlitePostStore>.Instance);
        Insights = new SqliteInsightsStore(Database, Calendar, time, NullLogger<SqliteInsightsStore>.Instance);
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public SqliteDatabase Database { get; }

    public SqlitePostStore Store { get; }

    public ListenerCalendar Calendar { get; }

    public SqliteInsightsStore Insights { get; }

    /// <summary>A store in a fresh folder; days are cut in <paramref name="zone"/> (UTC when not given).</summary>
    public static async Task<TemporaryStore> CreateAsync(bool migrate = true, TimeZoneInfo? zone = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthshire-store-" + Guid.NewGuid().ToString("N"));
        var store = new TemporaryStore(folder, new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero)), zone ?? TimeZoneInfo.Utc);
        if (migrate)
        {
            await store.Store.MigrateAsync(TestContext.Current.CancellationToken);
        }

        return store;
    }

    /// <summary>Reads one value straight from the database, for columns the store does not expose.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    /// <summary>One column of the post with the given source id.</summary>
    public Task<object?> ColumnAsync(string sourceId, string column) =>
        ScalarAsync($"SELECT {column} FROM posts WHERE source_id = $id;", ("$id", sourceId));

    public async Task<long> CountPostsAsync() => (long)(await ScalarAsync("SELECT COUNT(*) FROM posts;") ?? 0L);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(Database.Location.ConnectionString));
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

using System.Globalization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Sqlite;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>The SQLite store under a contract test: a <see cref="TemporaryStore"/>.</summary>
internal sealed class SqliteStoreUnderTest(TemporaryStore temp) : IStoreUnderTest
{
    public TemporaryStore Temp { get; } = temp;

    public StoreKind Kind => StoreKind.Sqlite;

    public FakeTimeProvider Time => Temp.Time;

    public ListenerCalendar Calendar => Temp.Calendar;

    public IPostStore Store => Temp.Store;

    public IInsightsStore Insights => Temp.Insights;

    public long LocalChanges => Temp.Database.Changes.Version;

    public async Task<long?> NumberAsync(string sourceId, string column) =>
        await Temp.ColumnAsync(sourceId, column) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public async Task<string?> TextAsync(string sourceId, string column) => (string?)await Temp.ColumnAsync(sourceId, column);

    public async Task<DateTimeOffset?> TimeAsync(string sourceId, string column) =>
        await Temp.ColumnAsync(sourceId, column) is { } stored ? TimeOf(stored) : null;

    public async Task<long?> NumberFromSqlAsync(string sql) =>
        await Temp.ScalarAsync(sql) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public async Task<DateTimeOffset?> TimeFromSqlAsync(string sql) =>
        await NumberFromSqlAsync(sql) is { } stored ? SqliteTime.FromStored(stored) : null;

    public Task ExecuteAsync(string sql) => Temp.ScalarAsync(sql);

    public Task<long> CountPostsAsync() => Temp.CountPostsAsync();

    public async Task<IReadOnlyList<object?[]>> RowsFromSqlAsync(string sql)
    {
        await using var connection = await Temp.Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await IStoreUnderTest.ReadRowsAsync(command);
    }

    public DateTimeOffset TimeOf(object stored) => SqliteTime.FromStored(Convert.ToInt64(stored, CultureInfo.InvariantCulture));

    public IPostStore PostStoreWith(ListenerCalendar calendar, FakeLogCollector log) =>
        new SqlitePostStore(Temp.Database, new SqlitePostQueries(Temp.Database), calendar, Time, new FakeLogger<SqlitePostStore>(log));

    public ValueTask DisposeAsync() => Temp.DisposeAsync();
}

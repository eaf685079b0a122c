using System.Globalization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Insights;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>The PostgreSQL store under a contract test: the post store and insights on a <see cref="PostgresTemporaryDatabase"/>.</summary>
internal sealed class PostgresStoreUnderTest : IStoreUnderTest
{
    public PostgresStoreUnderTest(PostgresTemporaryDatabase temp)
    {
        Temp = temp;
        PostStore = temp.PostStore();
        Insights = new PostgresInsightsStore(temp.Database, temp.Calendar, temp.Time, NullLogger<PostgresInsightsStore>.Instance);
    }

    public PostgresTemporaryDatabase Temp { get; }

    public PostgresPostStore PostStore { get; }

    public StoreKind Kind => StoreKind.Postgres;

    public FakeTimeProvider Time => Temp.Time;

    public ListenerCalendar Calendar => Temp.Calendar;

    public IPostStore Store => PostStore;

    public IInsightsStore Insights { get; }

    public long LocalChanges => Temp.Database.Changes.Version;

    public async Task<long?> NumberAsync(string sourceId, string column) => ToNumber(await Temp.ColumnAsync(sourceId, column));

    public async Task<string?> TextAsync(string sourceId, string column) => (string?)await Temp.ColumnAsync(sourceId, column);

    public async Task<DateTimeOffset?> TimeAsync(string sourceId, string column) =>
        await Temp.ColumnAsync(sourceId, column) is { } stored ? TimeOf(stored) : null;

    public async Task<long?> NumberFromSqlAsync(string sql) => ToNumber(await Temp.ScalarAsync(sql));

    public async Task<DateTimeOffset?> TimeFromSqlAsync(string sql) =>
        await Temp.ScalarAsync(sql) is { } stored ? TimeOf(stored) : null;

    public Task ExecuteAsync(string sql) => Temp.ScalarAsync(sql);

    public Task<long> CountPostsAsync() => Temp.CountPostsAsync();

    public async Task<IReadOnlyList<object?[]>> RowsFromSqlAsync(string sql)
    {
        await using var connection = await Temp.Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await IStoreUnderTest.ReadRowsAsync(command);
    }

    // Npgsql reads timestamptz as a UTC DateTime.
    public DateTimeOffset TimeOf(object stored) => new(DateTime.SpecifyKind((DateTime)stored, DateTimeKind.Utc));

    public IPostStore PostStoreWith(ListenerCalendar calendar, FakeLogCollector log) =>
        Temp.PostStore(calendar, new FakeLogger<PostgresPostStore>(log));

    public ValueTask DisposeAsync() => Temp.DisposeAsync();

    private static long? ToNumber(object? value) => value switch
    {
        null => null,
        bool flag => flag ? 1 : 0,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };
}

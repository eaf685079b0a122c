using System.Data.Common;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Storage;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>
/// A migrated store of either kind on a fresh database, for contract tests that must hold on both: the post store,
/// the insights on it, the clock they share, and provider-neutral reads of what was stored.
/// </summary>
internal interface IStoreUnderTest : IAsyncDisposable
{
    StoreKind Kind { get; }

    FakeTimeProvider Time { get; }

    ListenerCalendar Calendar { get; }

    IPostStore Store { get; }

    IInsightsStore Insights { get; }

    /// <summary>Grows with the writes made through this store (the change counter behind <see cref="IInsightsStore.ChangeVersion"/>).</summary>
    long LocalChanges { get; }

    /// <summary>A numeric or boolean column of the post with that source id, as a number (true is 1), or null.</summary>
    Task<long?> NumberAsync(string sourceId, string column);

    /// <summary>A text column of the post with that source id, or null.</summary>
    Task<string?> TextAsync(string sourceId, string column);

    /// <summary>A time column of the post with that source id, or null.</summary>
    Task<DateTimeOffset?> TimeAsync(string sourceId, string column);

    /// <summary>One number from SQL that both databases read the same way (no parameters).</summary>
    Task<long?> NumberFromSqlAsync(string sql);

    /// <summary>One time from SQL that both databases read the same way (no parameters), e.g. a column of another table.</summary>
    Task<DateTimeOffset?> TimeFromSqlAsync(string sql);

    /// <summary>Runs SQL that both databases read the same way (no parameters), e.g. to corrupt a rollup on purpose.</summary>
    Task ExecuteAsync(string sql);

    Task<long> CountPostsAsync();

    /// <summary>The rows of SQL that both databases read the same way (no parameters), each value as the provider returns it (null for NULL).</summary>
    Task<IReadOnlyList<object?[]>> RowsFromSqlAsync(string sql);

    /// <summary>A stored time column value, as returned by <see cref="RowsFromSqlAsync"/>, as a time.</summary>
    DateTimeOffset TimeOf(object stored);

    /// <summary>Another post store on the same database, as a node restarted with that calendar would have it, logging to <paramref name="log"/>.</summary>
    IPostStore PostStoreWith(ListenerCalendar calendar, FakeLogCollector log);

    /// <summary>Reads every row the command returns, DBNull as null.</summary>
    static async Task<IReadOnlyList<object?[]>> ReadRowsAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}

using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Storage;
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
}

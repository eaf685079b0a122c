using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Postgres.Digest;
using HealthShire.Listener.Storage.Sqlite.Digest;
using HealthShire.Listener.Tests.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The digest ledger and subscriber store of either kind over a fresh migrated database, for the digest contracts.</summary>
internal sealed class DigestStoresUnderTest : IAsyncDisposable
{
    private readonly IStoreUnderTest _store;

    private DigestStoresUnderTest(IStoreUnderTest store) => _store = store;

    public FakeTimeProvider Time => _store.Time;

    /// <summary>A fresh pair of that kind (a PostgreSQL test ends as skipped when no PostgreSQL is available here).</summary>
    public static async Task<DigestStoresUnderTest> CreateAsync(StoreKind kind) => new(await StoresUnderTest.CreateAsync(kind));

    /// <summary>A new ledger on the same database each call, as separate runs of the digest job would have.</summary>
    public IDigestLedger NewLedger() => _store switch
    {
        SqliteStoreUnderTest sqlite => new SqliteDigestLedger(sqlite.Temp.Database, Time),
        PostgresStoreUnderTest postgres => new PostgresDigestLedger(postgres.Temp.Database, Time),
        _ => throw new InvalidOperationException($"No digest ledger for {_store.Kind}."),
    };

    public ISubscriberStore NewSubscriberStore() => _store switch
    {
        SqliteStoreUnderTest sqlite => new SqliteSubscriberStore(sqlite.Temp.Database, Time),
        PostgresStoreUnderTest postgres => new PostgresSubscriberStore(postgres.Temp.Database, Time),
        _ => throw new InvalidOperationException($"No subscriber store for {_store.Kind}."),
    };

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}

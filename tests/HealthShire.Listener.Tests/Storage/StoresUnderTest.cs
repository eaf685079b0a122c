using HealthShire.Listener.Tests.Storage.Postgres;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>Creates the store a contract test runs against.</summary>
internal static class StoresUnderTest
{
    /// <summary>
    /// A fresh store of that kind (migrated unless <paramref name="migrate"/> is false; days cut in <paramref name="zone"/>,
    /// UTC when not given), or null when it is PostgreSQL and no PostgreSQL is available here: the test then returns
    /// early (.ci/run installs PostgreSQL, so on CI every contract test runs on both).
    /// </summary>
    public static async Task<IStoreUnderTest?> CreateAsync(StoreKind kind, bool migrate = true, TimeZoneInfo? zone = null)
    {
        if (kind == StoreKind.Sqlite)
        {
            return new SqliteStoreUnderTest(await TemporaryStore.CreateAsync(migrate, zone));
        }

        var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false, zone);
        if (temp is null)
        {
            return null;
        }

        var store = new PostgresStoreUnderTest(temp);
        if (migrate)
        {
            await store.Store.MigrateAsync(CancellationToken.None);
        }

        return store;
    }
}

using HealthShire.Listener.Tests.Storage.Postgres;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>Creates the store a contract test runs against.</summary>
internal static class StoresUnderTest
{
    /// <summary>
    /// A fresh store of that kind (migrated unless <paramref name="migrate"/> is false; days cut in <paramref name="zone"/>,
    /// UTC when not given). When it is PostgreSQL and no PostgreSQL is available here the test ends as skipped, with the
    /// reason (.ci/run installs PostgreSQL and fails on any skipped one, so on CI every contract test runs on both).
    /// </summary>
    public static async Task<IStoreUnderTest> CreateAsync(StoreKind kind, bool migrate = true, TimeZoneInfo? zone = null)
    {
        if (kind == StoreKind.Sqlite)
        {
            return new SqliteStoreUnderTest(await TemporaryStore.CreateAsync(migrate, zone));
        }

        var temp = await PostgresTemporaryDatabase.CreateAsync(migrate: false, zone);

        var store = new PostgresStoreUnderTest(temp);
        if (migrate)
        {
            await store.Store.MigrateAsync(TestContext.Current.CancellationToken);
        }

        return store;
    }
}

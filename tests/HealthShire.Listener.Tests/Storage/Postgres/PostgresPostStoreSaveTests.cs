using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>The save contract on PostgreSQL, and what only PostgreSQL does: its text cannot hold NUL.</summary>
public sealed class PostgresPostStoreSaveTests() : PostStoreSaveContract(StoreKind.Postgres)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_TextWithNul_StoresAReplacementCharacterInstead()
    {
        await using var store = await StoresUnderTest.CreateAsync(StoreKind.Postgres);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: "before\0after", body: "\0NUL"))], [], TestContext.Current.CancellationToken);

        var stored = Assert.Single(await store.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("before\uFFFDafter", "\uFFFDNUL"), (stored.Title, stored.Body));
    }
}

using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>The save contract on PostgreSQL, and what only PostgreSQL does: its text cannot hold NUL.</summary>
public sealed class PostgresPostStoreSaveTests() : PostStoreSaveContract(StoreKind.Postgres)
{
    [Fact]
    public async Task SaveBatchAsync_TextWithNul_StoresAReplacementCharacterInstead()
    {
        await using var store = await StoresUnderTest.CreateAsync(StoreKind.Postgres);
        if (store is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: "before\0after", body: "\0NUL"))], [], CancellationToken.None);

        var stored = Assert.Single(await store.Store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(("before\uFFFDafter", "\uFFFDNUL"), (stored.Title, stored.Body));
    }
}

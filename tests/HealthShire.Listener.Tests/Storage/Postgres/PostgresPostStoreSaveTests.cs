using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreSaveTests() : PostStoreSaveContract(StoreKind.Postgres)
{
    [Fact]
    public async Task SaveBatchAsync_TextWithNul_StoresAReplacementCharacterInstead()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = temp.PostStore();
        await store.SaveBatchAsync([Some.Classified(Some.Post("h", title: "before\0after", body: "\0NUL"))], [], CancellationToken.None);

        var stored = Assert.Single(await store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal(("before\uFFFDafter", "\uFFFDNUL"), (stored.Title, stored.Body));
    }
}

using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>The save contract on SQLite, and what only SQLite does: its text keeps NUL characters.</summary>
public sealed class SqlitePostStoreSaveTests() : PostStoreSaveContract(StoreKind.Sqlite)
{
    [Fact]
    public async Task SaveBatchAsync_TextWithNul_RoundTripsUnchanged()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        const string text = "before\0after NUL";

        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: text, body: text))], [], CancellationToken.None);

        var stored = Assert.Single(await temp.Store.ReadPostTextsAsync(null, CancellationToken.None).ToListAsync());
        Assert.Equal((text, text), (stored.Title, stored.Body));
    }
}

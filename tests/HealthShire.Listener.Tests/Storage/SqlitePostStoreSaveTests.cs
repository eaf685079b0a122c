using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>The save contract on SQLite, and what only SQLite does: its text keeps NUL characters.</summary>
public sealed class SqlitePostStoreSaveTests() : PostStoreSaveContract(StoreKind.Sqlite)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_TextWithNul_RoundTripsUnchanged()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        const string text = "before\0after NUL";

        await temp.Store.SaveBatchAsync([Some.Classified(Some.Post("h", title: text, body: text))], [], TestContext.Current.CancellationToken);

        var stored = Assert.Single(await temp.Store.ReadPostTextsAsync(null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((text, text), (stored.Title, stored.Body));
    }
}

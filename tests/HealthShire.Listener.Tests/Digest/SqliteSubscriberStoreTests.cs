using HealthShire.Listener.Storage.Sqlite.Digest;
using HealthShire.Listener.Tests.Storage;

namespace HealthShire.Listener.Tests.Digest;

public sealed class SqliteSubscriberStoreTests
{
    [Fact]
    public async Task SaveAsync_NewThenSameAddress_AddsThenReplaces()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var store = new SqliteSubscriberStore(temp.Database, temp.Time);
        var ann = DigestSamples.Subscriber("ann@clinic.example", "adhd", "anxiety") with { Sources = ["reddit"], TimeZoneId = "Europe/London" };

        Assert.True(await store.SaveAsync(ann, CancellationToken.None));
        Assert.False(await store.SaveAsync(ann with { Address = "Ann@Clinic.example", SendHour = 9 }, CancellationToken.None));

        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(("Ann@Clinic.example", 9, "Europe/London"), (stored.Address, stored.SendHour, stored.TimeZoneId));
        Assert.Equal(["adhd", "anxiety"], stored.Topics);
        Assert.Equal(["reddit"], stored.Sources);
    }

    [Fact]
    public async Task RemoveAsync_ByAddressInAnyCase_RemovesOnce()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var store = new SqliteSubscriberStore(temp.Database, temp.Time);
        await store.SaveAsync(DigestSamples.Subscriber(), CancellationToken.None);

        Assert.NotNull(await store.GetAsync("ANN@clinic.example", CancellationToken.None));
        Assert.True(await store.RemoveAsync("ANN@clinic.example", CancellationToken.None));
        Assert.False(await store.RemoveAsync("ann@clinic.example", CancellationToken.None));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }
}

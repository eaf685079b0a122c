using HealthShire.Listener.Tests.Digest;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The digest subscribers, keyed by address without case, the same on every store.</summary>
public abstract class SubscriberStoreContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveAsync_NewThenSameAddress_AddsThenReplaces()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var store = stores.NewSubscriberStore();
        var ann = DigestSamples.Subscriber("ann@clinic.example", "adhd", "anxiety") with { Sources = ["reddit"], TimeZoneId = "Europe/London" };

        Assert.True(await store.SaveAsync(ann, TestContext.Current.CancellationToken));
        Assert.False(await store.SaveAsync(ann with { Address = "Ann@Clinic.example", SendHour = 9 }, TestContext.Current.CancellationToken));

        var stored = Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("Ann@Clinic.example", 9, "Europe/London"), (stored.Address, stored.SendHour, stored.TimeZoneId));
        Assert.Equal(["adhd", "anxiety"], stored.Topics);
        Assert.Equal(["reddit"], stored.Sources);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ListAsync_MixedCase_OrdersByAddressWithoutCase()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var store = stores.NewSubscriberStore();
        foreach (var address in new[] { "cat@clinic.example", "Bob@clinic.example", "ann@clinic.example" })
        {
            await store.SaveAsync(DigestSamples.Subscriber(address), TestContext.Current.CancellationToken);
        }

        var listed = await store.ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["ann@clinic.example", "Bob@clinic.example", "cat@clinic.example"], listed.Select(s => s.Address));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RemoveAsync_ByAddressInAnyCase_RemovesOnce()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var store = stores.NewSubscriberStore();
        await store.SaveAsync(DigestSamples.Subscriber(), TestContext.Current.CancellationToken);

        Assert.NotNull(await store.GetAsync("ANN@clinic.example", TestContext.Current.CancellationToken));
        Assert.True(await store.RemoveAsync("ANN@clinic.example", TestContext.Current.CancellationToken));
        Assert.False(await store.RemoveAsync("ann@clinic.example", TestContext.Current.CancellationToken));
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
    }
}

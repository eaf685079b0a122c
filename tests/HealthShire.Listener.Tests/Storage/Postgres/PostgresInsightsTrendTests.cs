using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsTrendTests() : TrendQueryContract(StoreKind.Postgres)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ChangeVersion_WritesHereAndTimePassing_GrowsWithBoth()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        var store = new PostgresStoreUnderTest(temp).Insights;
        var start = store.ChangeVersion;

        temp.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(start, store.ChangeVersion);
        temp.Time.Advance(TimeSpan.FromSeconds(5));
        var later = store.ChangeVersion;
        Assert.True(later > start);

        // Other nodes' writes show once a slot passes; a write through this process shows at once.
        temp.Database.Changes.Note();
        Assert.True(store.ChangeVersion > later);
    }
}

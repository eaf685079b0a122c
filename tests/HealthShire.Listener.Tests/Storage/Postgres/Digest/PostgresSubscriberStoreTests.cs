using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Digest;
using HealthShire.Listener.Tests.Digest;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres.Digest;

public sealed class PostgresSubscriberStoreTests() : SubscriberStoreContract(StoreKind.Postgres)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveAsync_SameNewAddressFromSeveralNodesAtOnce_ExactlyOneAdds()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        var databases = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(temp.ConnectionString)).ToList();
        try
        {
            var added = await Task.WhenAll(databases.Select(d => Task.Run(() =>
                new PostgresSubscriberStore(d, temp.Time).SaveAsync(DigestSamples.Subscriber(), TestContext.Current.CancellationToken))));

            Assert.Single(added, a => a);
            Assert.Single(await new PostgresSubscriberStore(temp.Database, temp.Time).ListAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }
}

using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Digest;
using HealthShire.Listener.Tests.Digest;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres.Digest;

public sealed class PostgresSubscriberStoreTests() : SubscriberStoreContract(StoreKind.Postgres)
{
    [Fact]
    public async Task SaveAsync_SameNewAddressFromSeveralNodesAtOnce_ExactlyOneAdds()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var databases = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(temp.ConnectionString)).ToList();
        try
        {
            var added = await Task.WhenAll(databases.Select(d => Task.Run(() =>
                new PostgresSubscriberStore(d, temp.Time).SaveAsync(DigestSamples.Subscriber(), CancellationToken.None))));

            Assert.Single(added, a => a);
            Assert.Single(await new PostgresSubscriberStore(temp.Database, temp.Time).ListAsync(CancellationToken.None));
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

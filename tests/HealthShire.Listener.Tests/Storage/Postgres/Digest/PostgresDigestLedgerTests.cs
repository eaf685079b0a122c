using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Digest;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres.Digest;

public sealed class PostgresDigestLedgerTests() : DigestLedgerContract(StoreKind.Postgres)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_ManyRunsAtOnceOnSeparateDataSources_ExactlyOneWins()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        // Each node has its own data source, so only the database can keep two of them from claiming one week.
        var databases = Enumerable.Range(0, 8).Select(_ => new PostgresDatabase(temp.ConnectionString)).ToList();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                var week = new DigestWeek(2026, 40 + round);
                using var start = new ManualResetEventSlim();
                var runs = databases.Select(d => new PostgresDigestLedger(d, temp.Time)).Select(l => Task.Run(() =>
                {
                    start.Wait();
                    return l.TryClaimAsync("ann@clinic.example", week, false, DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
                })).ToList();
                start.Set();

                var claims = await Task.WhenAll(runs);

                Assert.Single(claims, c => c is not null);
            }
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

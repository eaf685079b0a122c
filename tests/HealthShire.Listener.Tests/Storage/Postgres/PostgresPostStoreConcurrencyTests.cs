using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Tests.Storage.Contracts;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>Several nodes writing the same posts at once, each through its own data source.</summary>
public sealed class PostgresPostStoreConcurrencyTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_TwoNodesSaveTheSamePostsAtOnce_InsertEachOnceAndRollupsEqualARecount()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        await using var nodeA = new PostgresDatabase(temp.ConnectionString);
        await using var nodeB = new PostgresDatabase(temp.ConnectionString);
        PostgresPostStore[] stores = [temp.PostStore(node: nodeA), temp.PostStore(node: nodeB)];
        var inserted = 0;
        for (var round = 0; round < 10; round++)
        {
            // The same posts with different tags and counts, in a different order on each node.
            var results = await Task.WhenAll(stores.Select((store, node) => Task.Run(() =>
            {
                var random = new Random((round * 2) + node);
                IReadOnlyList<ClassifiedPost> batch = [.. Enumerable.Range(0, 400).Select(_ => RollupMaintenanceContract.RandomPost(random))];
                return store.SaveBatchAsync(batch, [Some.Checkpoint($"round{round}-node{node}")], TestContext.Current.CancellationToken);
            })));
            inserted += results.Sum(result => result.Inserted);
            Assert.Equal(800, results.Sum(result => result.Inserted + result.Updated));
        }

        Assert.Equal(await temp.CountPostsAsync(), inserted);
        Assert.Equal(await temp.ScalarAsync("SELECT COUNT(DISTINCT source_id) FROM posts;"), (long)inserted);
        await RollupAssert.MatchesRecountAsync(new PostgresStoreUnderTest(temp));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EveryWritePath_FourNodesAtOnce_RollupsEqualARecount()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        var nodes = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(temp.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select((database, node) => Task.Run(async () =>
            {
                var store = temp.PostStore(node: database);
                var random = new Random(100 + node);
                for (var round = 0; round < 8; round++)
                {
                    await store.SaveBatchAsync([.. Enumerable.Range(0, 150).Select(_ => RollupMaintenanceContract.RandomPost(random))], [], TestContext.Current.CancellationToken);
                    await store.ApplyUpdatesAsync(
                        "reddit",
                        [.. Enumerable.Range(0, 60).Select(_ => new PostUpdate($"p{random.Next(200)}", 1, random.Next(3), (PostFlags)random.Next(4)))],
                        TestContext.Current.CancellationToken);
                    await store.UpdateTagsAsync(
                        [.. Enumerable.Range(0, 60).Select(_ => new PostTagUpdate("reddit", $"p{random.Next(200)}", RollupMaintenanceContract.RandomTags(random)))],
                        TestContext.Current.CancellationToken);
                }
            })));
        }
        finally
        {
            foreach (var database in nodes)
            {
                await database.DisposeAsync();
            }
        }

        await RollupAssert.MatchesRecountAsync(new PostgresStoreUnderTest(temp));
    }
}

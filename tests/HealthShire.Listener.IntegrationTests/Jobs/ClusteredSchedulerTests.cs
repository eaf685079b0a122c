using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Jobs;

public sealed class ClusteredSchedulerTests
{
    private const int Fires = 5;

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task UseListenerJobStore_TwoNodesOnOnePostgresDatabase_RunEachFireOnExactlyOneNode()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        FireRecordingJob.Fires.Clear();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Scheduler:CheckinInterval"] = "00:00:02",
        }).Build();
        await using var first = BuildNode(configuration);
        await using var second = BuildNode(configuration);
        // Nodes start together, as after a deployment: both provision the qrtz_ tables and join the cluster.
        var schedulers = await Task.WhenAll(StartAsync(first), StartAsync(second));
        try
        {
            // Job data like the collect jobs' (a source name), which the store must write and read back.
            var job = JobBuilder.Create<FireRecordingJob>().WithIdentity("record", "test").UsingJobData("source", "reddit").Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity("record-every-second", "test")
                .StartAt(DateTimeOffset.UtcNow.AddSeconds(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).WithRepeatCount(Fires - 1))
                .Build();
            await schedulers[0].ScheduleJob(job, trigger, cancellationToken: TestContext.Current.CancellationToken);

            var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
            while (FireRecordingJob.Fires.Count < Fires && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            // Time for a second node's duplicate of the last fire to show up, if it were going to.
            await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

            var fires = FireRecordingJob.Fires.ToList();
            Assert.Equal(Fires, fires.Count);
            Assert.Equal(Fires, fires.Select(f => f.ScheduledFire).Distinct().Count());
            var ids = new[] { schedulers[0].SchedulerInstanceId, schedulers[1].SchedulerInstanceId };
            Assert.NotEqual(ids[0], ids[1]);
            Assert.All(fires, f => Assert.Contains(f.Node, ids));
            foreach (var scheduler in schedulers)
            {
                var metadata = await scheduler.GetMetadata(TestContext.Current.CancellationToken);
                Assert.True(metadata.JobStoreClustered);
                Assert.Equal("HealthShire.Listener", metadata.SchedulerName);
            }
        }
        finally
        {
            await Task.WhenAll(schedulers.Select(s => s.Shutdown(waitForJobsToComplete: true).AsTask()));
        }
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task UseListenerJobStore_SqliteStore_KeepsTheInMemoryStore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = "Data Source=listener.db",
        }).Build();
        await using var node = BuildNode(configuration);

        var scheduler = await node.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var metadata = await scheduler.GetMetadata(TestContext.Current.CancellationToken);

        Assert.False(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
    }

    private static ServiceProvider BuildNode(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o =>
            {
                o.InstanceName = "HealthShire.Listener";
                // Both nodes look for due triggers every second (the default idle wait is 30 s), so both race for each fire.
                o.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            quartz.UseListenerJobStore(configuration);
        });
        return services.BuildServiceProvider();
    }

    private static async Task<IScheduler> StartAsync(IServiceProvider node)
    {
        var scheduler = await node.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        return scheduler;
    }
}

using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Jobs;

public sealed class StaleScheduleCleanupTests
{
    private static readonly JobKey Collect = new("collect-reddit", "collect");
    private static readonly JobKey Digest = new("digest", "digest");

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task StartAsync_PersistentStoreFromAnEarlierConfiguration_RemovesWhatIsNoLongerDeclared()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var configuration = PostgresJobStoreSettings.For(database.ConnectionString);
        // Yesterday's worker: collecting every hour, and the digest on.
        await using (var before = BuildNode(configuration, ("collect-reddit-every-01:00:00", Collect), ("digest-cron", Digest)))
        {
            await StartAndCleanAsync(before);
        }

        // Today's: collecting every two hours, the digest off.
        await using var after = BuildNode(configuration, ("collect-reddit-every-02:00:00", Collect));
        var scheduler = await StartAndCleanAsync(after);

        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), TestContext.Current.CancellationToken);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), TestContext.Current.CancellationToken);
        Assert.Equal([new TriggerKey("collect-reddit-every-02:00:00", "collect")], triggers);
        Assert.Equal([Collect], jobs);
        await scheduler.Shutdown(cancellationToken: TestContext.Current.CancellationToken);
    }

    private static ServiceProvider BuildNode(IConfiguration configuration, params (string Trigger, JobKey Job)[] schedule)
    {
        var declared = new DeclaredSchedule();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(declared);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.InstanceName = "HealthShire.Listener");
            quartz.UseListenerJobStore(configuration);
            foreach (var (trigger, job) in schedule)
            {
                var key = new TriggerKey(trigger, job.Group);
                declared.Add(job, key);
                quartz.AddJob<FireRecordingJob>(j => j.WithIdentity(job));
                quartz.AddTrigger(t => t.ForJob(job).WithIdentity(key).StartAt(DateTimeOffset.UtcNow.AddHours(1)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
            }
        });
        services.Configure<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
        return services.BuildServiceProvider();
    }

    private static async Task<IScheduler> StartAndCleanAsync(ServiceProvider node)
    {
        var factory = node.GetRequiredService<ISchedulerFactory>();
        var scheduler = await factory.GetScheduler();
        await new StaleScheduleCleanup(factory, node.GetRequiredService<DeclaredSchedule>(), NullLogger<StaleScheduleCleanup>.Instance)
            .StartAsync(TestContext.Current.CancellationToken);
        return scheduler;
    }
}

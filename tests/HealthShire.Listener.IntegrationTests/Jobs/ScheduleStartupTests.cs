using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Jobs;

public sealed class ScheduleStartupTests
{
    private static readonly JobKey Collect = new("collect-reddit", "collect");
    private static readonly TriggerKey EveryHour = new("collect-reddit-every-01:00:00", "collect");

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task StartAsync_NodesDeclaringTogetherAndARestart_StoreTheTriggerOnceAndKeepItsFireTimes()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var configuration = PostgresJobStoreSettings.For(database.ConnectionString);
        var firstFire = DateTimeOffset.UtcNow.AddHours(1);
        await using (var first = BuildNode(configuration, firstFire))
        await using (var second = BuildNode(configuration, firstFire.AddMinutes(5)))
        {
            await Task.WhenAll(DeclareAsync(first), DeclareAsync(second));
        }

        // A node restarting later declares the same trigger with a later start: the stored one stands.
        await using var restarted = BuildNode(configuration, firstFire.AddMinutes(30));
        var scheduler = await DeclareAsync(restarted);

        Assert.Equal([EveryHour], await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), TestContext.Current.CancellationToken));
        Assert.Equal([Collect], await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), TestContext.Current.CancellationToken));
        var trigger = await scheduler.GetTrigger(EveryHour, TestContext.Current.CancellationToken);
        var nextFire = Assert.IsType<DateTimeOffset>(trigger?.NextFireTimeUtc);
        // Whichever of the two nodes stored it first; never the restart's.
        Assert.Contains(nextFire, (DateTimeOffset[])[firstFire, firstFire.AddMinutes(5)]);
        Assert.Equal("reddit", (await scheduler.GetJobDetail(Collect, TestContext.Current.CancellationToken))?.JobDataMap.GetString("source"));
        await scheduler.Shutdown(cancellationToken: TestContext.Current.CancellationToken);
    }

    private static ServiceProvider BuildNode(IConfiguration configuration, DateTimeOffset startAt)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<DeclaredSchedule>();
        services.AddSingleton<IJobDeclaration>(new HourlyDeclaration(startAt));
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.InstanceName = "HealthShire.Listener");
            quartz.UseListenerJobStore(configuration);
        });
        return services.BuildServiceProvider();
    }

    private static async Task<IScheduler> DeclareAsync(ServiceProvider node)
    {
        var factory = node.GetRequiredService<ISchedulerFactory>();
        await new ScheduleStartup(factory, node.GetServices<IJobDeclaration>(), node.GetRequiredService<DeclaredSchedule>(), NullLogger<ScheduleStartup>.Instance)
            .StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal([EveryHour], node.GetRequiredService<DeclaredSchedule>().Triggers);
        return await factory.GetScheduler();
    }

    /// <summary>A collect job like the worker's, every hour from <paramref name="startAt"/>.</summary>
    private sealed class HourlyDeclaration(DateTimeOffset startAt) : IJobDeclaration
    {
        public IEnumerable<ScheduledJob> Declare()
        {
            var job = JobBuilder.Create<FireRecordingJob>().WithIdentity(Collect).UsingJobData("source", "reddit").Build();
            var trigger = TriggerBuilder.Create()
                .ForJob(job)
                .WithIdentity(EveryHour)
                .StartAt(startAt)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())
                .Build();
            yield return new ScheduledJob(job, trigger);
        }
    }
}

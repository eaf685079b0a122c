using HealthShire.Listener.Digest;
using HealthShire.Listener.Hosting;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Registers the Quartz scheduler with one collect job per enabled source and the daily retention job; clustered on
/// PostgreSQL when that is the store (see <see cref="QuartzStore"/>).
/// </summary>
internal static class JobsBuilderExtensions
{
    public static IHostApplicationBuilder AddListenerJobs(this IHostApplicationBuilder builder)
    {
        var schedules = SourceCatalog.ReadSchedules(builder.Configuration);
        builder.Services.AddSingleton<CollectionHealth>();
        var declared = new DeclaredSchedule();
        builder.Services.AddSingleton(declared);
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o =>
            {
                o.InstanceName = "HealthShire.Listener";
                // On shutdown a running pass sees its token cancelled, stores the batch in hand and returns;
                // the scheduler waits for that before the services are disposed.
                o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseListenerJobStore(builder.Configuration);
            foreach (var schedule in schedules.Where(s => s.Enabled))
            {
                var jobKey = new JobKey($"collect-{schedule.Name}", "collect");
                quartz.AddJob<CollectJob>(job => job
                    .WithIdentity(jobKey)
                    .WithDescription($"Collects new posts from {schedule.Section}")
                    .UsingJobData(CollectJob.SourceDataKey, schedule.Name));
                // The interval is part of the name: a changed interval is a new trigger, and the old one is stale.
                var triggerKey = new TriggerKey($"collect-{schedule.Name}-every-{schedule.Interval:c}", "collect");
                declared.Add(jobKey, triggerKey);
                quartz.AddTrigger(trigger => trigger
                    .ForJob(jobKey)
                    .WithIdentity(triggerKey)
                    .StartNow()
                    // A pass missed while the worker was down or busy runs once, not as a burst.
                    .WithSimpleSchedule(s => s
                        .WithInterval(schedule.Interval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)));
            }

            if (quartz.AddDigestJob(builder.Configuration) is { } digestTrigger)
            {
                declared.Add(DigestJob.Key, digestTrigger);
            }

            var retentionTrigger = new TriggerKey("retention-daily-0330-utc", "maintenance");
            declared.Add(RetentionJob.Key, retentionTrigger);
            quartz.AddJob<RetentionJob>(job => job
                .WithIdentity(RetentionJob.Key)
                .WithDescription("Clears the text of posts older than Store:TextRetention"));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RetentionJob.Key)
                .WithIdentity(retentionTrigger)
                // A run missed while the worker was down happens once when it is back.
                .WithCronSchedule("0 30 3 * * ?", cron => cron
                    .InTimeZone(TimeZoneInfo.Utc)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        builder.Services.Configure<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<StaleScheduleCleanup>();
        return builder;
    }
}

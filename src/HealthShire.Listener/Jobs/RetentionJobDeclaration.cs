using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>The daily <see cref="RetentionJob"/> at 03:30 UTC.</summary>
internal sealed class RetentionJobDeclaration : IJobDeclaration
{
    public IEnumerable<ScheduledJob> Declare()
    {
        var job = JobBuilder.Create<RetentionJob>()
            .WithIdentity(RetentionJob.Key)
            .WithDescription("Clears the text of posts older than Store:TextRetention")
            .Build();
        var trigger = TriggerBuilder.Create()
            .ForJob(job)
            .WithIdentity("retention-daily-0330-utc", "maintenance")
            // A run missed while the worker was down happens once when it is back.
            .WithCronSchedule("0 30 3 * * ?", cron => cron
                .InTimeZone(TimeZoneInfo.Utc)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        yield return new ScheduledJob(job, trigger);
    }
}

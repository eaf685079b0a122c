using HealthShire.Listener.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Digest;

/// <summary>The <see cref="DigestJob"/> on <c>Digest:Schedule</c> (UTC) when <c>Digest:Enabled</c> is true.</summary>
internal sealed class DigestJobDeclaration(IOptions<DigestOptions> options) : IJobDeclaration
{
    public IEnumerable<ScheduledJob> Declare()
    {
        var digest = options.Value;
        if (!digest.Enabled)
        {
            yield break;
        }

        var job = JobBuilder.Create<DigestJob>().WithIdentity(DigestJob.Key).WithDescription("Sends the weekly digests that are due").Build();
        var trigger = TriggerBuilder.Create()
            .ForJob(job)
            // The schedule is part of the name: a changed schedule is a new trigger, and the old one is stale.
            .WithIdentity($"digest-cron-{digest.Schedule}", "digest")
            // A run missed while the worker was down happens once on start; the claims make it harmless.
            .WithCronSchedule(digest.Schedule, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        yield return new ScheduledJob(job, trigger);
    }
}

using HealthShire.Listener.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Alerts;

/// <summary>The <see cref="AlertsJob"/> every <c>Alerts:Interval</c> when <c>Alerts:Enabled</c> is true.</summary>
internal sealed class AlertsJobDeclaration(IOptions<AlertsOptions> options) : IJobDeclaration
{
    public IEnumerable<ScheduledJob> Declare()
    {
        var alerts = options.Value;
        if (!alerts.Enabled)
        {
            yield break;
        }

        var job = JobBuilder.Create<AlertsJob>().WithIdentity(AlertsJob.Key).WithDescription("Evaluates the spike alert rules and sends what fired").Build();
        var trigger = TriggerBuilder.Create()
            .ForJob(job)
            // The interval is part of the name: a changed interval is a new trigger, and the old one is stale.
            .WithIdentity($"alerts-every-{alerts.Interval:c}", "alerts")
            .StartNow()
            // A run missed while the worker was down or busy happens once, not as a burst; the claims make it harmless.
            .WithSimpleSchedule(s => s
                .WithInterval(alerts.Interval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
        yield return new ScheduledJob(job, trigger);
    }
}

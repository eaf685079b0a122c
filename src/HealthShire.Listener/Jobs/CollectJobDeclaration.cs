using HealthShire.Listener.Hosting;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>One <see cref="CollectJob"/> per enabled registered source, every <c>&lt;Section&gt;:Interval</c>.</summary>
internal sealed class CollectJobDeclaration(SourceRegistry sources) : IJobDeclaration
{
    public IEnumerable<ScheduledJob> Declare()
    {
        foreach (var source in sources.Enabled)
        {
            var job = JobBuilder.Create<CollectJob>()
                .WithIdentity($"collect-{source.Name}", "collect")
                .WithDescription($"Collects new posts from {source.Section}")
                .UsingJobData(CollectJob.SourceDataKey, source.Name)
                .Build();
            // The interval is part of the name: a changed interval is a new trigger, and the old one is stale.
            var trigger = TriggerBuilder.Create()
                .ForJob(job)
                .WithIdentity($"collect-{source.Name}-every-{source.Interval:c}", "collect")
                .StartNow()
                // A pass missed while the worker was down or busy runs once, not as a burst.
                .WithSimpleSchedule(s => s
                    .WithInterval(source.Interval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
                .Build();
            yield return new ScheduledJob(job, trigger);
        }
    }
}

using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>A job and the trigger that fires it, as the bound configuration declares them.</summary>
internal sealed record ScheduledJob(IJobDetail Job, ITrigger Trigger);

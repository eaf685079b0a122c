using System.Collections.Concurrent;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Jobs;

/// <summary>Records which node ran which scheduled fire, for the clustering test; a fire whose job data was lost is not recorded.</summary>
internal sealed class FireRecordingJob : IJob
{
    public static ConcurrentBag<(string Node, DateTimeOffset ScheduledFire)> Fires { get; } = [];

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.MergedJobDataMap.GetString("source") == "reddit")
        {
            Fires.Add((context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc ?? DateTimeOffset.MinValue));
        }

        return ValueTask.CompletedTask;
    }
}

using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Removes the jobs and triggers that a persistent (PostgreSQL) job store still holds from an earlier configuration:
/// the scheduler adds what is configured but never deletes, so a changed collect interval, a source turned off or the
/// digest disabled would otherwise keep firing. With the in-memory store there is never anything to remove.
/// </summary>
internal sealed partial class StaleScheduleCleanup(
    ISchedulerFactory schedulers,
    DeclaredSchedule declared,
    ILogger<StaleScheduleCleanup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), cancellationToken))
        {
            if (!declared.Triggers.Contains(key) && await scheduler.UnscheduleJob(key, cancellationToken))
            {
                LogTriggerRemoved(key.Group, key.Name);
            }
        }

        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            if (!declared.Jobs.Contains(key) && await scheduler.DeleteJob(key, cancellationToken))
            {
                LogJobRemoved(key.Group, key.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed trigger {Group}.{Name}, which the configuration no longer declares")]
    private partial void LogTriggerRemoved(string group, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed job {Group}.{Name}, which the configuration no longer declares")]
    private partial void LogJobRemoved(string group, string name);
}

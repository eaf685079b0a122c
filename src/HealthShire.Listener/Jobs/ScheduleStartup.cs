using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Schedules the jobs every <see cref="IJobDeclaration"/> declares, once the scheduler runs and the options are
/// validated. A trigger already stored under the same key (a persistent store from an earlier start, or another node
/// that started first) is kept with its fire times, so that declaring it again changes nothing and nodes starting
/// together fire it once. What the store holds beyond the declared jobs is removed by <see cref="StaleScheduleCleanup"/>.
/// </summary>
internal sealed partial class ScheduleStartup(
    ISchedulerFactory schedulers,
    IEnumerable<IJobDeclaration> declarations,
    DeclaredSchedule declared,
    ILogger<ScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var (job, trigger) in declarations.SelectMany(d => d.Declare()))
        {
            await scheduler.AddJob(job, AddJobOptions.ReplacingAndStoringNonDurable, cancellationToken);
            var result = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
            declared.Add(job.Key, trigger.Key);
            LogScheduled(trigger.Key.Group, trigger.Key.Name, result.NextFireTimeUtc);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trigger {Group}.{Name} is scheduled; next fire {NextFire}")]
    private partial void LogScheduled(string group, string name, DateTimeOffset nextFire);
}

namespace HealthShire.Listener.Jobs;

/// <summary>
/// One feature's jobs, read from its bound and validated options when the worker starts; <see cref="ScheduleStartup"/>
/// schedules what every declaration declares.
/// </summary>
internal interface IJobDeclaration
{
    IEnumerable<ScheduledJob> Declare();
}

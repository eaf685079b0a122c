namespace HealthShire.Listener.Jobs;

/// <summary>The <c>Scheduler</c> section: how the nodes of a clustered (PostgreSQL) scheduler keep track of each other.</summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>How often a node checks in; one silent for three intervals is taken for dead and its jobs move on.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(10);
}

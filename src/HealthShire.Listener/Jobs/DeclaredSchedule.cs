using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>The jobs and triggers the configuration declares; whatever else a persistent job store holds is stale.</summary>
internal sealed class DeclaredSchedule
{
    private readonly HashSet<JobKey> _jobs = [];
    private readonly HashSet<TriggerKey> _triggers = [];

    public IReadOnlySet<JobKey> Jobs => _jobs;

    public IReadOnlySet<TriggerKey> Triggers => _triggers;

    public void Add(JobKey job, TriggerKey trigger)
    {
        _jobs.Add(job);
        _triggers.Add(trigger);
    }
}

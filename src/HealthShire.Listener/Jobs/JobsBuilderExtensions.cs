using HealthShire.Listener.Alerts;
using HealthShire.Listener.Digest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Registers the Quartz scheduler, clustered on PostgreSQL when that is the store (see <see cref="QuartzStore"/>), and
/// the jobs it runs: one collect job per enabled registered source, the digest when enabled, and the daily retention job.
/// The jobs are declared from the bound options when the worker starts (<see cref="ScheduleStartup"/>).
/// </summary>
internal static class JobsBuilderExtensions
{
    public static IHostApplicationBuilder AddListenerJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CollectionHealth>();
        builder.Services.AddSingleton<CollectPass>();
        builder.Services.AddSingleton<DeclaredSchedule>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDeclaration, CollectJobDeclaration>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDeclaration, DigestJobDeclaration>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDeclaration, RetentionJobDeclaration>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDeclaration, AlertsJobDeclaration>());
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o =>
            {
                o.InstanceName = "HealthShire.Listener";
                // On shutdown a running pass sees its token cancelled, stores the batch in hand and returns;
                // the scheduler waits for that before the services are disposed.
                o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseListenerJobStore(builder.Configuration);
        });
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // No pass runs before the worker is up: a start that fails later (a taken API port) has collected nothing.
            o.AwaitApplicationStarted = true;
        });
        // Declare the jobs in the created scheduler, then remove what is stale; it starts firing once the worker is up.
        builder.Services.AddHostedService<ScheduleStartup>();
        builder.Services.AddHostedService<StaleScheduleCleanup>();
        return builder;
    }
}

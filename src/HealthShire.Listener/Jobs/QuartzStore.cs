using HealthShire.Listener.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Where the scheduler keeps its jobs and triggers: in memory on the SQLite store (one node), or in the PostgreSQL
/// store's database, clustered, when <c>Store:Provider</c> is <c>Postgres</c>, so that each fire runs on one node only.
/// </summary>
internal static class QuartzStore
{
    /// <summary>
    /// The job store is chosen while the services are registered, before any options can be resolved, so the
    /// <c>Store</c> section is read here through <see cref="StoreOptions"/> itself (its defaults, its binding); the store
    /// validates the same values at start, before the scheduler opens a connection. The check-in interval is bound from
    /// <c>Scheduler</c> and validated at start.
    /// </summary>
    public static void UseListenerJobStore(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var store = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        if (store.Provider != StoreProvider.Postgres)
        {
            return;
        }

        quartz.Services.AddOptions<SchedulerOptions>()
            .Bind(configuration.GetSection(SchedulerOptions.SectionName))
            .ValidateOnStart();
        quartz.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>());
        quartz.UsePersistentStore(persistent =>
        {
            persistent.UsePostgres(store.ConnectionString);
            // Job data is strings only; JSON keeps the stored rows readable and free of .NET type names.
            persistent.UseSystemTextJsonSerializer();
            // The qrtz_ tables are created on first start; nodes starting together find what the first one made.
            persistent.ProvisionSchema();
            // Every node needs an id of its own: UseClustering generates one (host name and time) unless one was set.
            persistent.UseClustering();
        });

        // A node is taken for dead after interval + threshold, so one missed check-in or a pause does not count.
        quartz.Services.AddOptions<ClusteringOptions>().Configure<IOptions<SchedulerOptions>>((clustering, scheduler) =>
        {
            clustering.CheckinInterval = scheduler.Value.CheckinInterval;
            clustering.CheckinMisfireThreshold = scheduler.Value.CheckinInterval * 2;
        });
    }
}

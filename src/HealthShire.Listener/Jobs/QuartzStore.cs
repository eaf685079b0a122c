using System.Globalization;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Storage;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Where the scheduler keeps its jobs and triggers: in memory on the SQLite store (one node), or in the PostgreSQL
/// store's database, clustered, when <c>Store:Provider</c> is <c>Postgres</c>, so that each fire runs on one node only.
/// </summary>
internal static class QuartzStore
{
    public const string ProviderKey = "Store:Provider";
    public const string ConnectionStringKey = "Store:ConnectionString";
    public const string CheckinIntervalKey = "Scheduler:CheckinInterval";
    public static readonly TimeSpan DefaultCheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>Read through the same binding as the store's options, so the scheduler and the store never disagree.</summary>
    public static bool IsPostgres(IConfiguration configuration) =>
        (configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions()).Provider == StoreProvider.Postgres;

    public static void UseListenerJobStore(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        if (!IsPostgres(configuration))
        {
            return;
        }

        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationException($"{ConnectionStringKey} must name the PostgreSQL database when {ProviderKey} is Postgres.");
        }

        var checkinInterval = ReadCheckinInterval(configuration);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            // Job data is strings only; JSON keeps the stored rows readable and free of .NET type names.
            store.UseSystemTextJsonSerializer();
            // The qrtz_ tables are created on first start; nodes starting together find what the first one made.
            store.ProvisionSchema();
            // Every node needs an id of its own: UseClustering generates one (host name and time) unless one was set.
            // A node is taken for dead after interval + threshold, so one missed check-in or a pause does not count.
            store.UseClustering(c =>
            {
                c.CheckinInterval = checkinInterval;
                c.CheckinMisfireThreshold = checkinInterval * 2;
            });
        });
    }

    private static TimeSpan ReadCheckinInterval(IConfiguration configuration)
    {
        if (configuration[CheckinIntervalKey] is not { Length: > 0 } text)
        {
            return DefaultCheckinInterval;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.FromSeconds(1) || interval > TimeSpan.FromMinutes(10))
        {
            throw new ConfigurationException($"{CheckinIntervalKey} must be a time span from 00:00:01 to 00:10:00, such as 00:00:10; got '{text}'.");
        }

        return interval;
    }
}

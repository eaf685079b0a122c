using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Alerts;
using HealthShire.Listener.Storage.Sqlite;
using HealthShire.Listener.Storage.Sqlite.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Storage;

/// <summary>Registers the spike alerts' store on the database <see cref="StoreServiceCollectionExtensions.AddPostStore"/> opens.</summary>
public static class AlertStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAlertStore"/> and <see cref="IAlertSignals"/> on the provider <c>Store:Provider</c> names; expects
    /// <see cref="StoreServiceCollectionExtensions.AddPostStore"/>.
    /// </summary>
    public static IServiceCollection AddAlertStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IAlertStore>(provider => IsPostgres(provider)
            ? ActivatorUtilities.CreateInstance<PostgresAlertStore>(provider)
            : ActivatorUtilities.CreateInstance<SqliteAlertStore>(provider));
        services.TryAddSingleton<IAlertSignals>(provider => IsPostgres(provider)
            ? new PostgresAlertSignals(provider.GetRequiredService<PostgresDatabase>())
            : new SqliteAlertSignals(provider.GetRequiredService<SqliteDatabase>()));
        return services;
    }

    private static bool IsPostgres(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.Postgres;
}

using HealthShire.Listener.Core.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthShire.Listener.Storage.Postgres.Digest;

/// <summary>Registers the digest's subscribers and send ledger on the store's PostgreSQL database.</summary>
internal static class PostgresDigestStoreServiceCollectionExtensions
{
    /// <remarks>Needs <see cref="PostgresDatabase"/> and <see cref="TimeProvider"/> registered.</remarks>
    public static IServiceCollection AddPostgresDigestStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ISubscriberStore, PostgresSubscriberStore>();
        services.TryAddSingleton<IDigestLedger, PostgresDigestLedger>();
        return services;
    }
}

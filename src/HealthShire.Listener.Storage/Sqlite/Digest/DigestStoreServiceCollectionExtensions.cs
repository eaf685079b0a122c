using HealthShire.Listener.Core.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthShire.Listener.Storage.Sqlite.Digest;

/// <summary>Registers the digest's subscribers and send ledger on the store's SQLite file.</summary>
internal static class DigestStoreServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteDigestStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ISubscriberStore, SqliteSubscriberStore>();
        services.TryAddSingleton<IDigestLedger, SqliteDigestLedger>();
        return services;
    }
}

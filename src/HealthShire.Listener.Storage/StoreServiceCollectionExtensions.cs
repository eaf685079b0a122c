using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Digest;
using HealthShire.Listener.Storage.Postgres.Insights;
using HealthShire.Listener.Storage.Privacy;
using HealthShire.Listener.Storage.Sqlite;
using HealthShire.Listener.Storage.Sqlite.Digest;
using HealthShire.Listener.Storage.Sqlite.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Storage;

/// <summary>Registers the post store, the insights queries, the digest's store, the listener calendar and the author pseudonymizer.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IPostStore"/>, <see cref="IInsightsStore"/>, <see cref="ISubscriberStore"/> and
    /// <see cref="IDigestLedger"/> on the database that <c>Store:Provider</c> and <c>Store:ConnectionString</c> name (an
    /// embedded SQLite file by default, or PostgreSQL), an <see cref="IAuthorPseudonymizer"/> keyed by
    /// <c>Store:PseudonymKey</c> (on SQLite, a generated key kept beside the database when none is set), and the
    /// <see cref="ListenerCalendar"/> in <c>Listener:TimeZone</c> that the rollups, the API and the digest share.
    /// Callers depend on the interfaces only; the provider is chosen when the first store is resolved.
    /// </summary>
    public static IServiceCollection AddPostStore(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ListenerOptions>()
            .BindConfiguration(ListenerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ListenerOptions>, ListenerOptionsValidator>());
        services.TryAddSingleton(provider =>
            new ListenerCalendar(ListenerTimeZone.Find(provider.GetRequiredService<IOptions<ListenerOptions>>().Value.TimeZone)));

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            return SqliteLocation.TryParse(options.ConnectionString, out var location, out var error)
                ? new SqliteDatabase(location)
                : throw new InvalidOperationException($"{StoreOptions.SectionName}:{nameof(StoreOptions.ConnectionString)} {error}.");
        });
        services.TryAddSingleton(provider => new PostgresDatabase(provider.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString));
        services.TryAddSingleton<SqlitePostQueries>();
        services.TryAddSingleton<IPostStore>(provider =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value is { Provider: StoreProvider.Postgres } options
                ? ActivatorUtilities.CreateInstance<PostgresPostStore>(provider, options.RecutDays)
                : ActivatorUtilities.CreateInstance<SqlitePostStore>(provider));
        services.TryAddSingleton<IInsightsStore>(provider => OnProvider<IInsightsStore, SqliteInsightsStore, PostgresInsightsStore>(provider));
        services.TryAddSingleton<ISubscriberStore>(provider => OnProvider<ISubscriberStore, SqliteSubscriberStore, PostgresSubscriberStore>(provider));
        services.TryAddSingleton<IDigestLedger>(provider => OnProvider<IDigestLedger, SqliteDigestLedger, PostgresDigestLedger>(provider));

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            // On PostgreSQL the key is configuration (the validator insists): every node must share it.
            var keyFile = options.Provider == StoreProvider.Sqlite
                ? provider.GetRequiredService<SqliteDatabase>().Location.PseudonymKeyPath
                : string.Empty;
            return new PseudonymKeyProvider(options.PseudonymKey, keyFile, provider.GetRequiredService<ILogger<PseudonymKeyProvider>>());
        });
        services.TryAddSingleton<IAuthorPseudonymizer>(provider =>
            new HmacAuthorPseudonymizer(provider.GetRequiredService<PseudonymKeyProvider>().GetKey()));
        return services;
    }

    private static TService OnProvider<TService, TSqlite, TPostgres>(IServiceProvider provider)
        where TService : class
        where TSqlite : TService
        where TPostgres : TService =>
        provider.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.Postgres
            ? ActivatorUtilities.CreateInstance<TPostgres>(provider)
            : ActivatorUtilities.CreateInstance<TSqlite>(provider);
}

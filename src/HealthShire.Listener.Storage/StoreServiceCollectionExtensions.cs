using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Privacy;
using HealthShire.Listener.Storage.Sqlite;
using HealthShire.Listener.Storage.Sqlite.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Storage;

/// <summary>Registers the post store, the insights queries, the listener calendar and the author pseudonymizer.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IPostStore"/> on the SQLite file named by <c>Store:ConnectionString</c> and an
    /// <see cref="IAuthorPseudonymizer"/> keyed by <c>Store:PseudonymKey</c> (or a generated key kept
    /// beside the database), <see cref="IInsightsStore"/> on the same file, and the
    /// <see cref="ListenerCalendar"/> in <c>Listener:TimeZone</c> that the rollups, the API and the
    /// digest share. Callers depend on the interfaces only, so another provider can be registered
    /// here later without changing them.
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
        services.TryAddSingleton<SqlitePostQueries>();
        services.TryAddSingleton<IPostStore, SqlitePostStore>();
        services.TryAddSingleton<IInsightsStore, SqliteInsightsStore>();

        services.TryAddSingleton(provider => new PseudonymKeyProvider(
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.PseudonymKey,
            provider.GetRequiredService<SqliteDatabase>().Location.PseudonymKeyPath,
            provider.GetRequiredService<ILogger<PseudonymKeyProvider>>()));
        services.TryAddSingleton<IAuthorPseudonymizer>(provider =>
            new HmacAuthorPseudonymizer(provider.GetRequiredService<PseudonymKeyProvider>().GetKey()));
        return services;
    }
}

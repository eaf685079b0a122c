using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace HealthShire.Listener.Sources.Mastodon;

public static class MastodonServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Mastodon source module: its <c>Sources:Mastodon</c> options (validated at start), the
    /// <see cref="IPostSource"/> and its registration, and one HTTP client for every configured instance. Expects the
    /// host to register <c>IAuthorPseudonymizer</c>.
    /// </summary>
    public static IServiceCollection AddMastodonSource(this IServiceCollection services)
    {
        // Transient because it holds a typed HttpClient; the pacers and status locations are shared singletons.
        services.AddSourceModule<MastodonPostSource, MastodonOptions, MastodonOptionsValidator>(
            MastodonStatusMapper.SourceName, MastodonOptions.SectionName, ServiceLifetime.Transient);
        services.TryAddSingleton<MastodonPacers>();
        services.TryAddSingleton<MastodonStatusLocations>();
        services.TryAddSingleton<MastodonInstanceFeatures>();
        var mastodonHttp = services.AddHttpClient<MastodonClient>(MastodonClient.HttpClientName, http =>
            {
                // Requests carry absolute addresses: one client serves every instance.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("HealthShire.Listener/0.1");
            });
        mastodonHttp.AddResilienceHandler("mastodon", ConfigureResilience);
        // Inside each attempt, so that the attempt timeout covers the body.
        mastodonHttp.AddResponseGuard("Mastodon");
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<MastodonOptions>>().Value;
        SourceResilience.Configure(builder, options.AttemptTimeout, options.RetryDelay);
    }
}

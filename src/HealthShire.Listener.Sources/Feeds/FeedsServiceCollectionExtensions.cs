using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the blog source module: its <c>Sources:Feeds</c> options (validated at start), the
    /// <see cref="IPostSource"/> and its registration, and one HTTP client for every feed. Expects the host to
    /// register <c>IAuthorPseudonymizer</c>.
    /// </summary>
    public static IServiceCollection AddFeedsSource(this IServiceCollection services)
    {
        // Transient because it holds a typed HttpClient; the pacers are a shared singleton.
        services.AddSourceModule<FeedPostSource, FeedsOptions, FeedsOptionsValidator>(
            FeedEntryMapper.SourceName, FeedsOptions.SectionName, ServiceLifetime.Transient);
        services.TryAddSingleton<FeedPacers>();
        var feedHttp = services.AddHttpClient<FeedClient>(FeedClient.HttpClientName, http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("HealthShire.Listener/0.1");
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8");
            });
        feedHttp.AddResilienceHandler("feeds", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FeedsOptions>>().Value;
                SourceResilience.Configure(builder, options.AttemptTimeout, options.RetryDelay);
            });
        // Inside each attempt, so that the attempt timeout covers the body.
        feedHttp.AddResponseGuard("Feeds");
        return services;
    }
}

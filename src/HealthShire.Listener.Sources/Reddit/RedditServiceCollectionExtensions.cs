using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace HealthShire.Listener.Sources.Reddit;

public static class RedditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Reddit source module: its <c>Sources:Reddit</c> options (validated at start), the
    /// <see cref="IPostSource"/> and its registration, and its HTTP clients. Expects the host to register
    /// <c>IAuthorPseudonymizer</c>.
    /// </summary>
    public static IServiceCollection AddRedditSource(this IServiceCollection services)
    {
        // Transient because it holds a typed HttpClient; shared state lives in the singletons below.
        services.AddSourceModule<RedditPostSource, RedditOptions, RedditOptionsValidator>(
                RedditPostMapper.SourceName, RedditOptions.SectionName, ServiceLifetime.Transient)
            .PostConfigure(options =>
            {
                if (options.Subreddits.Count == 0)
                {
                    options.Subreddits.AddRange(RedditOptions.DefaultSubreddits);
                }
            });
        services.TryAddSingleton<RedditTokenCache>();
        services.TryAddKeyedSingleton(RedditClient.HttpClientName, (sp, _) => CreatePacer(sp));

        var tokenHttp = services.AddHttpClient<RedditTokenClient>(RedditTokenClient.HttpClientName, (sp, http) =>
                Configure(http, sp, o => o.AuthBaseUrl));
        tokenHttp.AddResilienceHandler("reddit-auth", ConfigureResilience);
        // Inside each attempt, so that the attempt timeout covers the body.
        tokenHttp.AddResponseGuard("Reddit");
        var listingHttp = services.AddHttpClient(RedditClient.HttpClientName, (sp, http) =>
                Configure(http, sp, o => o.HasCredentials ? o.ApiBaseUrl : o.AuthBaseUrl))
            .AddTypedClient((http, sp) => ActivatorUtilities.CreateInstance<RedditClient>(
                sp, http, sp.GetRequiredKeyedService<RequestPacer>(RedditClient.HttpClientName)));
        listingHttp.AddResilienceHandler("reddit", ConfigureResilience);
        // Inside each attempt, so that the attempt timeout covers the body.
        listingHttp.AddResponseGuard("Reddit");
        return services;
    }

    private static void Configure(HttpClient http, IServiceProvider services, Func<RedditOptions, string> baseUrl)
    {
        var options = services.GetRequiredService<IOptions<RedditOptions>>().Value;
        http.BaseAddress = new Uri(baseUrl(options).TrimEnd('/') + "/");
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);

        // The resilience handler's total timeout bounds each request; HttpClient's own would only cut it short.
        http.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static RequestPacer CreatePacer(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<RedditOptions>>().Value;
        var settings = new RequestPacerSettings(
            "Reddit",
            options.PacingEnabled,
            options.HasCredentials ? TimeSpan.Zero : options.PublicMinRequestInterval,
            LowRemaining: 10,
            DefaultRetryAfter: TimeSpan.FromMinutes(1));
        return new RequestPacer(settings, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<RequestPacer>>());
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<RedditOptions>>().Value;
        SourceResilience.Configure(builder, options.AttemptTimeout, options.RetryDelay);
    }
}

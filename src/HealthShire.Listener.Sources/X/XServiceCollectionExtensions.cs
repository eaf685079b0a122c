using System.Net;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.X;

/// <summary>Registers the X (Twitter) API v2 source.</summary>
public static class XServiceCollectionExtensions
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Registers the X source module: its <c>Sources:X</c> options (validated at start), the X <see cref="IPostSource"/>
    /// and its registration, and the X client. The host registers the <see cref="Core.Privacy.IAuthorPseudonymizer"/>.
    /// </summary>
    public static IServiceCollection AddXSource(this IServiceCollection services)
    {
        // A singleton: it keeps the refresh reads not yet counted in the stored budget.
        services.AddSourceModule<XPostSource, XOptions, XOptionsValidator>(XTweetMapper.SourceName, XOptions.SectionName, ServiceLifetime.Singleton);

        // The source is a singleton holding this typed client, so the handler is never rotated;
        // a pooled connection lifetime keeps DNS changes visible instead.
        var xHttp = services.AddHttpClient<XClient>((provider, http) =>
            {
                var settings = provider.GetRequiredService<IOptions<XOptions>>().Value;
                http.BaseAddress = new Uri(settings.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("HealthShire.Listener/0.1");
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(15))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        xHttp.AddResilienceHandler("x", static (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<XOptions>>().Value;
                pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        // 429 is left to XClient, which waits for the window reset instead of a back-off.
                        ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
                        MaxRetryAttempts = 3,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryDelay,
                    })
                    .AddTimeout(AttemptTimeout);
            });
        // Inside each attempt, so that the attempt timeout covers the body.
        xHttp.AddResponseGuard("X");
        return services;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}

using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.Http;

/// <summary>
/// The one resilience pipeline of a source's HTTP client: each attempt bounded by a timeout, 5xx, 408 and transport
/// failures retried with exponential back-off, and a total timeout over all attempts. 429 is never retried here: the
/// source's client waits for the rate-limit window, which may be far longer than these timeouts.
/// </summary>
internal static class SourceResilience
{
    private const int Retries = 3;

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, TimeSpan attemptTimeout, TimeSpan retryDelay)
    {
        builder
            .AddTimeout(attemptTimeout * (Retries + 1) + retryDelay * (1 << (Retries + 1)))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
                    _ => false,
                }),
            })
            .AddTimeout(attemptTimeout);
    }
}

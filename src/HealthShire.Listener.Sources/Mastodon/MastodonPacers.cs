using System.Collections.Concurrent;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>One <see cref="RequestPacer"/> per instance: each server keeps its own rate-limit window. Singleton.</summary>
internal sealed class MastodonPacers(IOptions<MastodonOptions> options, TimeProvider timeProvider, ILogger<RequestPacer> logger)
{
    private readonly ConcurrentDictionary<string, RequestPacer> _pacers = new(StringComparer.OrdinalIgnoreCase);

    public RequestPacer For(Uri instance) => _pacers.GetOrAdd(instance.Authority, Create);

    private RequestPacer Create(string authority)
    {
        var settings = options.Value;
        return new RequestPacer(
            new RequestPacerSettings(
                "Mastodon " + authority,
                settings.PacingEnabled,
                settings.MinRequestInterval,
                LowRemaining: 10,
                DefaultRetryAfter: TimeSpan.FromMinutes(1)),
            timeProvider,
            logger);
    }
}

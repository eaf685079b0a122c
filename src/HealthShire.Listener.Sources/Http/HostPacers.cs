using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Http;

/// <summary>
/// One <see cref="RequestPacer"/> per host, for sources that read from many servers (Mastodon instances, blogs):
/// each server keeps its own rate-limit window and minimum interval. Thread-safe; one instance per source.
/// </summary>
internal class HostPacers(string api, bool enabled, TimeSpan minInterval, TimeProvider timeProvider, ILogger logger)
{
    private readonly ConcurrentDictionary<string, RequestPacer> _pacers = new(StringComparer.OrdinalIgnoreCase);

    public RequestPacer For(Uri address) => _pacers.GetOrAdd(address.Authority, Create);

    private RequestPacer Create(string authority) =>
        new(new RequestPacerSettings(api + " " + authority, enabled, minInterval, LowRemaining: 10, DefaultRetryAfter: TimeSpan.FromMinutes(1)),
            timeProvider,
            logger);
}

using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>The Mastodon source's pacers, one per instance. Singleton.</summary>
internal sealed class MastodonPacers(IOptions<MastodonOptions> options, TimeProvider timeProvider, ILogger<RequestPacer> logger)
    : HostPacers("Mastodon", options.Value.PacingEnabled, options.Value.MinRequestInterval, timeProvider, logger);

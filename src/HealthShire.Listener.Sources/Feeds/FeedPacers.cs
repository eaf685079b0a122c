using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>The blog source's pacers, one per host. Singleton.</summary>
internal sealed class FeedPacers(IOptions<FeedsOptions> options, TimeProvider timeProvider, ILogger<RequestPacer> logger)
    : HostPacers("Feeds", options.Value.PacingEnabled, options.Value.MinRequestInterval, timeProvider, logger);

using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Http;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Reads Reddit's X-Ratelimit-Remaining / -Reset (seconds until reset) / -Used headers.</summary>
internal static class RedditRateLimitHeaders
{
    public static RateLimitSnapshot Read(HttpResponseHeaders headers)
    {
        var reset = HeaderNumber.Read(headers, "X-Ratelimit-Reset");
        return new RateLimitSnapshot(
            HeaderNumber.Read(headers, "X-Ratelimit-Remaining"),
            reset is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            HeaderNumber.Read(headers, "X-Ratelimit-Used"));
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Http;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Reads Reddit's X-Ratelimit-Remaining / -Reset (seconds until reset) / -Used headers.</summary>
internal static class RedditRateLimitHeaders
{
    public static RateLimitSnapshot Read(HttpResponseHeaders headers)
    {
        var reset = Number(headers, "X-Ratelimit-Reset");
        return new RateLimitSnapshot(
            Number(headers, "X-Ratelimit-Remaining"),
            reset is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Number(headers, "X-Ratelimit-Used"));
    }

    private static double? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && value >= 0
            ? value
            : null;
}

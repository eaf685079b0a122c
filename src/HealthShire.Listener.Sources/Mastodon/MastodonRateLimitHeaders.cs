using System.Globalization;
using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Http;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>Reads Mastodon's <c>X-RateLimit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> (an ISO 8601 time) headers.</summary>
internal static class MastodonRateLimitHeaders
{
    public static RateLimitSnapshot Read(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        var limit = HeaderNumber.Read(headers, "X-RateLimit-Limit");
        var remaining = HeaderNumber.Read(headers, "X-RateLimit-Remaining");
        TimeSpan? resetAfter = null;
        if (headers.TryGetValues("X-RateLimit-Reset", out var values)
            && DateTimeOffset.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset))
        {
            var delay = reset - timeProvider.GetUtcNow();
            resetAfter = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        double? used = limit is { } l && remaining is { } r && l >= r ? l - r : null;
        return new RateLimitSnapshot(remaining, resetAfter, used);
    }
}

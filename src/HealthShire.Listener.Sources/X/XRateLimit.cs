using System.Globalization;
using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Http;

namespace HealthShire.Listener.Sources.X;

/// <summary>The x-rate-limit-* headers of one response; either value may be missing.</summary>
internal sealed record XRateLimit(int? Remaining, DateTimeOffset? Reset)
{
    /// <summary>Asking again sooner than this after a 429 only earns another 429.</summary>
    public static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    /// <summary>Used when a 429 comes without a reset header.</summary>
    public static readonly TimeSpan FallbackWait = TimeSpan.FromMinutes(1);

    public static XRateLimit From(HttpResponseHeaders headers) =>
        new(ReadInt(headers, "x-rate-limit-remaining"), ReadInt(headers, "x-rate-limit-reset") is { } unix
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : null);

    /// <summary>How long to wait for the window to reset, at least <see cref="MinimumWait"/>.</summary>
    public TimeSpan WaitFrom(DateTimeOffset now)
    {
        if (Reset is not { } reset)
        {
            return FallbackWait;
        }

        var wait = reset - now;
        return wait < MinimumWait ? MinimumWait : wait;
    }

    /// <summary>The same, as the shared pacer reads rate limits: the reset as a time from <paramref name="now"/>.</summary>
    public RateLimitSnapshot ToSnapshot(DateTimeOffset now) =>
        new(Remaining, Reset is { } reset ? (reset > now ? reset - now : TimeSpan.Zero) : null, null);

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}

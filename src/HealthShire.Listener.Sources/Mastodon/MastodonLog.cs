using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>The Mastodon source's log messages. Tags, hosts and counts only: never authors, text or the token.</summary>
internal static partial class MastodonLog
{
    [LoggerMessage(2401, LogLevel.Warning, "#{Tag} on {Host} is not available ({Status}: closed to anonymous readers, or missing); skipping it")]
    public static partial void TagUnavailable(ILogger logger, string tag, string host, int status);

    [LoggerMessage(2402, LogLevel.Warning, "Reading #{Tag} on {Host} stopped after {Count} new statuses because {Reason}; its checkpoint stays where it was")]
    public static partial void TagFailed(ILogger logger, string tag, string host, int count, string reason);

    [LoggerMessage(2403, LogLevel.Information, "Read {Count} new statuses from #{Tag} on {Host} in {Pages} pages; stopped because {StopReason}")]
    public static partial void TagRead(ILogger logger, string tag, string host, int count, int pages, string stopReason);

    [LoggerMessage(2404, LogLevel.Warning, "#{Tag} on {Host}: {Count} entries of a page were not statuses and were skipped")]
    public static partial void EntriesMalformed(ILogger logger, string tag, string host, int count);

    [LoggerMessage(2405, LogLevel.Information, "Skipped a status in #{Tag} on {Host} because {Reason}")]
    public static partial void StatusSkipped(ILogger logger, string tag, string host, string reason);

    [LoggerMessage(2410, LogLevel.Information, "{Count} Mastodon posts cannot be refreshed: no configured instance is known to hold them")]
    public static partial void RefreshUnlocated(ILogger logger, int count);

    [LoggerMessage(2412, LogLevel.Information,
        "{Host} has no GET /api/v1/statuses for several statuses at once (Mastodon before 4.3?); its statuses are refreshed one request each")]
    public static partial void NoMultipleStatuses(ILogger logger, string host);

    [LoggerMessage(2411, LogLevel.Warning, "Refreshing a Mastodon status on {Host} failed: {Reason}; it is left out of this refresh")]
    public static partial void RefreshFailed(ILogger logger, string host, string reason);
}

using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>The blog source's log messages. Feed names and counts only: never authors or entry text.</summary>
internal static partial class FeedsLog
{
    [LoggerMessage(2501, LogLevel.Error, "Feed '{Feed}' could not be read: {Reason}; the other feeds go on and its checkpoint stays where it was")]
    public static partial void FeedFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(2502, LogLevel.Information, "Feed '{Feed}' is unchanged (304 Not Modified)")]
    public static partial void FeedUnchanged(ILogger logger, string feed);

    [LoggerMessage(2503, LogLevel.Information, "Read {Count} entries from feed '{Feed}' ({Skipped} skipped, {Duplicates} duplicates)")]
    public static partial void FeedRead(ILogger logger, string feed, int count, int skipped, int duplicates);

    [LoggerMessage(2504, LogLevel.Information, "Skipped an entry of feed '{Feed}' because {Reason}")]
    public static partial void EntrySkipped(ILogger logger, string feed, string reason);
}

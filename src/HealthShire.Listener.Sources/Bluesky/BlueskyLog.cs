using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Bluesky;

internal static partial class BlueskyLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Jetstream connected at {Endpoint}, resuming at cursor {Cursor}")]
    public static partial void Connected(ILogger logger, string endpoint, string cursor);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning,
        Message = "Jetstream connection to {Endpoint} failed or dropped ({Reason}); reconnecting from cursor {Cursor} in {Delay}")]
    public static partial void Disconnected(ILogger logger, string endpoint, string reason, string cursor, TimeSpan delay);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning,
        Message = "Skipped a malformed Jetstream message ({Bytes} bytes): {Reason}. Later ones in this pass are logged at debug level and counted")]
    public static partial void Malformed(ILogger logger, int bytes, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Skipped another malformed Jetstream message ({Bytes} bytes): {Reason}")]
    public static partial void MalformedAgain(ILogger logger, int bytes, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Debug, Message = "Skipped a Bluesky post commit: {Reason}")]
    public static partial void CommitSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning,
        Message = "Bluesky gap: the stored cursor is from {From:O}, older than Sources:Bluesky:ReplayWindow ({Window}); posts from {From:O} to {To:O} were not replayed and are missing")]
    public static partial void Gap(ILogger logger, DateTimeOffset from, DateTimeOffset to, TimeSpan window);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information,
        Message = "Bluesky pass read {Events} events up to {CursorTime:O}: {Matched} matched the terms, {Malformed} malformed, {Reconnects} reconnects; it ended {Ending}")]
    public static partial void PassRead(ILogger logger, int events, DateTimeOffset cursorTime, int matched, int malformed, int reconnects, string ending);
}

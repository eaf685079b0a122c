using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

internal static partial class Log
{
    [LoggerMessage(201, LogLevel.Information, "Rebuilt the day rollups from {Posts} stored posts: days were cut in {PreviousTimeZone}, now in {TimeZone} (Listener:TimeZone)")]
    public static partial void RollupsRebuilt(ILogger logger, string previousTimeZone, string timeZone, long posts);

    [LoggerMessage(202, LogLevel.Information, "Cleared the text of {Posts} posts created before {CreatedBefore:o}")]
    public static partial void TextCleared(ILogger logger, int posts, DateTimeOffset createdBefore);
}

using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>What the SQLite insights store logs.</summary>
internal static partial class SqliteInsightsLog
{
    [LoggerMessage(202, LogLevel.Information, "Cleared the text of {Posts} posts created before {CreatedBefore:o}")]
    public static partial void TextCleared(ILogger logger, int posts, DateTimeOffset createdBefore);
}

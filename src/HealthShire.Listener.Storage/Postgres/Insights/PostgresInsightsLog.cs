using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>What the PostgreSQL insights store logs.</summary>
internal static partial class PostgresInsightsLog
{
    [LoggerMessage(221, LogLevel.Information, "Cleared the text of {Posts} posts created before {CreatedBefore:o}")]
    public static partial void TextCleared(ILogger logger, int posts, DateTimeOffset createdBefore);
}

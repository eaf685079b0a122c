using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>What the PostgreSQL store logs about its schema and its day rollups.</summary>
internal static partial class PostgresStoreLog
{
    [LoggerMessage(401, LogLevel.Information, "Migrated the store {Database} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string database, int fromVersion, int toVersion);

    [LoggerMessage(402, LogLevel.Debug, "The store {Database} is at schema version {Version}")]
    public static partial void SchemaCurrent(ILogger logger, string database, int version);

    [LoggerMessage(403, LogLevel.Information, "Rebuilt the day rollups from {Posts} stored posts: days were cut in {PreviousTimeZone}, now in {TimeZone} (Listener:TimeZone)")]
    public static partial void RollupsRebuilt(ILogger logger, string previousTimeZone, string timeZone, long posts);
}

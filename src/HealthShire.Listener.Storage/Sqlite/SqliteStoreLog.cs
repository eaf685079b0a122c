using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>What the SQLite store logs about its schema and its day rollups.</summary>
internal static partial class SqliteStoreLog
{
    [LoggerMessage(1, LogLevel.Information, "Migrated the store {DatabasePath} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string databasePath, int fromVersion, int toVersion);

    [LoggerMessage(2, LogLevel.Debug, "The store {DatabasePath} is at schema version {Version}")]
    public static partial void SchemaCurrent(ILogger logger, string databasePath, int version);

    [LoggerMessage(201, LogLevel.Information, "Rebuilt the day rollups from {Posts} stored posts: days were cut in {PreviousTimeZone}, now in {TimeZone} (Listener:TimeZone)")]
    public static partial void RollupsRebuilt(ILogger logger, string previousTimeZone, string timeZone, long posts);
}

using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Sqlite;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Migrated the store {DatabasePath} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string databasePath, int fromVersion, int toVersion);

    [LoggerMessage(2, LogLevel.Debug, "The store {DatabasePath} is at schema version {Version}")]
    public static partial void SchemaCurrent(ILogger logger, string databasePath, int version);
}

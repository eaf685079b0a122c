namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The schema's time encoding: INTEGER milliseconds since the Unix epoch, UTC.</summary>
internal static class SqliteTime
{
    public static long ToStored(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long stored) => DateTimeOffset.FromUnixTimeMilliseconds(stored);
}

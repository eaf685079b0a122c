using System.Data.Common;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The schema's time encoding: INTEGER milliseconds since the Unix epoch, UTC.</summary>
internal static class SqliteTime
{
    public static long ToStored(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long stored) => DateTimeOffset.FromUnixTimeMilliseconds(stored);

    /// <summary>A <see cref="Common.Rows.TimeReader"/> for this encoding.</summary>
    public static DateTimeOffset Read(DbDataReader reader, int ordinal) => FromStored(reader.GetInt64(ordinal));
}

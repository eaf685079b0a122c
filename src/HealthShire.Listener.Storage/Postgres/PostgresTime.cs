using System.Data.Common;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>The schema's time encoding: timestamptz, which Npgsql reads as a DateTimeOffset at offset 0.</summary>
internal static class PostgresTime
{
    /// <summary>A <see cref="Common.Rows.TimeReader"/> for this encoding.</summary>
    public static DateTimeOffset Read(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}

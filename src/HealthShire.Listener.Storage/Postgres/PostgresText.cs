namespace HealthShire.Listener.Storage.Postgres;

/// <summary>Text as PostgreSQL can hold it.</summary>
internal static class PostgresText
{
    /// <summary>
    /// PostgreSQL text cannot contain U+0000 (SQLite can); post text is untrusted input, so a NUL becomes U+FFFD
    /// rather than failing the whole batch.
    /// </summary>
    public static string Storable(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}

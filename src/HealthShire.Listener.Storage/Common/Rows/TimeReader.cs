using System.Data.Common;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>
/// Reads the instant in one column. Each store encodes times its own way (SQLite as integer milliseconds, PostgreSQL
/// as timestamptz), so the shared row readers take this from the store.
/// </summary>
internal delegate DateTimeOffset TimeReader(DbDataReader reader, int ordinal);

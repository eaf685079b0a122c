using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>The post store on a test database, and reads of what it stored.</summary>
internal static class PostgresPostStoreTesting
{
    /// <summary>
    /// A store on the database, as a node would have it (its own data source when <paramref name="node"/> is given). It
    /// recounts the days when its calendar's zone differs from the recorded one (as with Store:RecutDays), which the
    /// shared time-zone contract relies on; <see cref="PostgresZoneTests"/> covers the refusal without it.
    /// </summary>
    public static PostgresPostStore PostStore(
        this PostgresTemporaryDatabase temp,
        ListenerCalendar? calendar = null,
        ILogger<PostgresPostStore>? logger = null,
        PostgresDatabase? node = null,
        bool recutDays = true) =>
        new(node ?? temp.Database, calendar ?? temp.Calendar, temp.Time, logger ?? NullLogger<PostgresPostStore>.Instance, recutDays);

    /// <summary>One column of the post with the given source id (times read as UTC DateTime).</summary>
    public static Task<object?> ColumnAsync(this PostgresTemporaryDatabase temp, string sourceId, string column) =>
        temp.ScalarAsync($"SELECT {column} FROM posts WHERE source_id = $1;", sourceId);

    public static async Task<long> CountPostsAsync(this PostgresTemporaryDatabase temp) =>
        (long)(await temp.ScalarAsync("SELECT COUNT(*) FROM posts;") ?? 0L);
}

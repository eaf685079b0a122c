using System.Data.Common;
using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>The digest tables' rows and the values their columns hold, the same on every store.</summary>
internal static class DigestRows
{
    /// <summary>The select list <see cref="Subscriber"/> expects; also the insert list, in the same order.</summary>
    public const string SubscriberColumns = "address, display_name, topics, sources, time_zone, send_day, send_hour";

    /// <summary>The select list <see cref="Send"/> expects.</summary>
    public const string SendColumns = "address, state, attempt, started_at, finished_at, error";

    public const string Sent = "sent";

    public const string Failed = "failed";

    private const int MaxErrorLength = 500;

    public static Subscriber Subscriber(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Split(reader.GetString(2)),
        Split(reader.GetString(3)),
        reader.GetString(4),
        (DayOfWeek)reader.GetInt32(5),
        reader.GetInt32(6));

    /// <summary>The topics or sources column: names joined by commas.</summary>
    public static string Join(IEnumerable<string> names) => string.Join(',', names);

    public static DigestSend Send(DbDataReader reader, DigestWeek week, TimeReader time) => new(
        reader.GetString(0),
        week,
        ParseState(reader.GetString(1)),
        reader.GetInt32(2),
        time(reader, 3),
        reader.IsDBNull(4) ? null : time(reader, 4),
        DbRows.StringOrNull(reader, 5));

    /// <summary>The error kept with a failed send, cut to the column's length.</summary>
    public static string ErrorOf(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private static string[] Split(string names) => names.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static DigestSendState ParseState(string state) => state switch
    {
        "sending" => DigestSendState.Sending,
        Sent => DigestSendState.Sent,
        Failed => DigestSendState.Failed,
        _ => throw new InvalidDataException($"digest_sends.state holds '{state}', which this build does not know."),
    };
}

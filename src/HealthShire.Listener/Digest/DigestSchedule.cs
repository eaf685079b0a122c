using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Digest;

/// <summary>
/// When a subscriber's digest is due: from their send day and hour, read on their own wall clock,
/// until the end of that ISO week. Comparing wall-clock times keeps a send hour skipped or repeated
/// by a daylight-saving change from throwing or sending twice.
/// </summary>
internal static class DigestSchedule
{
    /// <summary>The subscriber's ISO week at <paramref name="now"/>: the unit a digest goes out once per.</summary>
    public static DigestWeek WeekOf(Subscriber subscriber, DateTimeOffset now) =>
        DigestWeek.Of(DateOnly.FromDateTime(LocalTime(subscriber, now)));

    /// <summary>True once the send day and hour have passed in the subscriber's current week.</summary>
    public static bool IsDue(Subscriber subscriber, DateTimeOffset now)
    {
        var local = LocalTime(subscriber, now);
        var today = IsoDayIndex(local.DayOfWeek);
        var sendDay = IsoDayIndex(subscriber.SendDay);
        return today > sendDay || (today == sendDay && local.Hour >= subscriber.SendHour);
    }

    private static DateTime LocalTime(Subscriber subscriber, DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(subscriber.TimeZoneId)).DateTime;

    // ISO weeks start on Monday: Monday 0 … Sunday 6.
    private static int IsoDayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}

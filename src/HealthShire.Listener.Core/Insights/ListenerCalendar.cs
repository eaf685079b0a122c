namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// Cuts time into days and weeks in the configured time zone (<c>Listener:TimeZone</c>), the same
/// way for rollups, queries, the dashboard and the digest.
/// </summary>
public sealed class ListenerCalendar
{
    /// <summary>A calendar in the given zone.</summary>
    public ListenerCalendar(TimeZoneInfo timeZone) => TimeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));

    /// <summary>The zone days are cut in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The calendar day an instant falls on in this zone.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Today in this zone.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }

    /// <summary>The Monday on or before <paramref name="day"/> (ISO weeks).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first instant of <paramref name="day"/> in this zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}

using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>The rule every from/to pair follows.</summary>
internal static class DayRange
{
    /// <summary>
    /// The days a from/to pair names: to defaults to today, from to the Monday <see cref="TrendsRequest.DefaultWeeks"/>
    /// weeks back (this week included); the error when the pair breaks <see cref="Check"/>.
    /// </summary>
    public static ParameterError? Resolve(DateOnly? from, DateOnly? to, DateOnly today, int maxDays, out DateOnly first, out DateOnly last)
    {
        last = to ?? today;
        first = from ?? ListenerCalendar.WeekStart(last).AddDays(-7 * (TrendsRequest.DefaultWeeks - 1));
        return Check(first, last, maxDays);
    }

    public static ParameterError? Check(DateOnly from, DateOnly to, int maxDays)
    {
        if (from > to)
        {
            return new ParameterError("from", $"must not be after to ({from:yyyy-MM-dd} > {to:yyyy-MM-dd}).");
        }

        return to.DayNumber - from.DayNumber >= maxDays
            ? new ParameterError("from", $"must be fewer than {maxDays} days before to.")
            : null;
    }
}

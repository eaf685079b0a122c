namespace HealthShire.Listener.Api.Parameters;

/// <summary>The rule every from/to pair follows.</summary>
internal static class DayRange
{
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

namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The rollups' day encoding: days since 1970-01-01, a small integer that sorts and subtracts as days.</summary>
internal static class EpochDay
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    public static int From(DateOnly day) => day.DayNumber - Epoch;

    public static DateOnly ToDate(int day) => DateOnly.FromDayNumber(day + Epoch);
}

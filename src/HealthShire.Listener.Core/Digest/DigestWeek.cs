using System.Globalization;

namespace HealthShire.Listener.Core.Digest;

/// <summary>An ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday): the unit a digest is sent once per.</summary>
/// <param name="Year">The ISO week-numbering year, which can differ from the calendar year around New Year.</param>
/// <param name="Week">The week number, 1 to 53.</param>
public readonly record struct DigestWeek(int Year, int Week)
{
    /// <summary>The week a calendar day falls in.</summary>
    public static DigestWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new DigestWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>The Monday of the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Parses the <c>2026-W47</c> form; false for anything else.</summary>
    public static bool TryParse(string? text, out DigestWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W' ||
            !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ||
            year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new DigestWeek(year, number);
        return true;
    }

    /// <summary>The <c>2026-W47</c> form, as stored.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");
}

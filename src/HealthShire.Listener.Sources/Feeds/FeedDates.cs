using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Reads the dates feeds write: RFC 822 in RSS (<c>Mon, 02 Nov 2026 09:00:00 +0000</c>, also with <c>GMT</c> or a US
/// zone name) and RFC 3339 in Atom. A date that cannot be read is no date, never a reason to drop the feed.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        // "Mon, 02 Nov 2026 09:00:00 +0000" or "... EST": the day name is optional and the zone becomes "+hh:mm".
        var match = Rfc822().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var zone = match.Groups["zone"].Value;
        var offset = Zones.TryGetValue(zone, out var named) ? named
            : zone.Length == 5 ? zone[..3] + ":" + zone[3..]
            : null;
        return offset is not null && DateTimeOffset.TryParse(
            $"{match.Groups["date"].Value} {match.Groups["time"].Value} {offset}",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out value);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(?<date>\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,3})$")]
    private static partial Regex Rfc822();
}

using System.Diagnostics.CodeAnalysis;

namespace HealthShire.Listener.Storage;

/// <summary>Finds the configured time zone and names it the same way whichever kind of id was given.</summary>
internal static class ListenerTimeZone
{
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var trimmed = id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out zone))
        {
            return true;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(trimmed, out var ianaId) &&
            TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out zone);
    }

    public static TimeZoneInfo Find(string? id) => TryFind(id, out var zone)
        ? zone
        : throw new InvalidOperationException(UnknownMessage(id));

    public static string UnknownMessage(string? id) =>
        $"{ListenerOptions.SectionName}:{nameof(ListenerOptions.TimeZone)} is '{id}', which is not a time zone known on this machine; " +
        "use an IANA id such as 'Europe/Berlin' or 'UTC'.";

    /// <summary>
    /// The id recorded with the rollups. An IANA id where one exists, so that switching the setting
    /// between a Windows id and its IANA twin does not look like a change of zone.
    /// </summary>
    public static string StableId(TimeZoneInfo zone)
    {
        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var ianaId) ? ianaId : zone.Id;
    }
}

using System.Globalization;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>Jetstream v1: <c>{endpoint}?wantedCollections=app.bsky.feed.post&amp;cursor={time_us}</c>.</summary>
internal sealed class JetstreamV1Protocol : IJetstreamProtocol
{
    public Uri SubscribeUri(string endpoint, long? cursor)
    {
        var query = $"wantedCollections={BlueskyAtUri.PostCollection}";
        if (cursor is { } value)
        {
            query += "&cursor=" + FormatCursor(value);
        }

        var builder = new UriBuilder(endpoint);
        builder.Query = string.IsNullOrEmpty(builder.Query) ? query : builder.Query.TrimStart('?') + "&" + query;
        return builder.Uri;
    }

    // Microseconds up to the end of year 9999, so every cursor is also a valid time.
    private const long MaxCursor = 253_402_300_799_999_999;

    public long? CursorOf(JetstreamEvent message) => message.TimeUs is > 0 and <= MaxCursor and var value ? value : null;

    public long? ParseCursor(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) && cursor is > 0 and <= MaxCursor ? cursor : null;

    public string FormatCursor(long cursor) => cursor.ToString(CultureInfo.InvariantCulture);

    public long CursorAt(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public DateTimeOffset TimeOf(long cursor) => DateTimeOffset.UnixEpoch.AddTicks(cursor * TimeSpan.TicksPerMicrosecond);
}

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// What differs between Jetstream protocol versions: how the subscribe URL is built and what a cursor means. v1 cursors
/// are <c>time_us</c> microsecond timestamps; a v2 (<c>subscribeEvents</c>, sequence numbers) would be a second
/// implementation chosen by <c>Sources:Bluesky:Protocol</c>.
/// </summary>
internal interface IJetstreamProtocol
{
    /// <summary>The subscribe URL for posts, resuming at <paramref name="cursor"/> when given.</summary>
    Uri SubscribeUri(string endpoint, long? cursor);

    /// <summary>The cursor of an event, or null when it has none.</summary>
    long? CursorOf(JetstreamEvent message);

    /// <summary>The stored checkpoint value as a cursor, or null when it is not one of this protocol's.</summary>
    long? ParseCursor(string value);

    /// <summary>A cursor as stored.</summary>
    string FormatCursor(long cursor);

    /// <summary>The first cursor at or after a point in time.</summary>
    long CursorAt(DateTimeOffset time);

    /// <summary>The time a cursor stands for.</summary>
    DateTimeOffset TimeOf(long cursor);
}

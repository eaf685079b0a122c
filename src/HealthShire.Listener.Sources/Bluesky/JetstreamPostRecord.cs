namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>The parts of an <c>app.bsky.feed.post</c> record the source reads: its plain text and what it replies to.</summary>
internal sealed record JetstreamPostRecord(string? Text, JetstreamReplyRef? Reply);

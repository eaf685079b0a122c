namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>A reference to a record: its AT URI and content id.</summary>
internal sealed record JetstreamStrongRef(string? Uri, string? Cid);

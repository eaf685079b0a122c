namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>One Jetstream message: <c>{"did", "time_us", "kind": "commit" | "identity" | "account", "commit"}</c>.</summary>
internal sealed record JetstreamEvent(string? Did, long TimeUs, string? Kind, JetstreamCommit? Commit);

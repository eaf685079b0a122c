namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>A repository commit: <c>{"operation": "create" | "update" | "delete", "collection", "rkey", "cid", "record"}</c>.</summary>
internal sealed record JetstreamCommit(string? Operation, string? Collection, string? Rkey, string? Cid, JetstreamPostRecord? Record);

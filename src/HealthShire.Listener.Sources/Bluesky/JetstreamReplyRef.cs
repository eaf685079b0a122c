namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>A post record's <c>reply</c>: the post it answers (<c>parent</c>) and the thread's first post (<c>root</c>).</summary>
internal sealed record JetstreamReplyRef(JetstreamStrongRef? Parent, JetstreamStrongRef? Root);

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>What a Jetstream event means to the source.</summary>
internal enum BlueskyCommitKind
{
    /// <summary>Not a post commit the source reads: identity and account events, updates, other collections.</summary>
    Ignored,

    /// <summary>A new post with text.</summary>
    Created,

    /// <summary>A post deleted by its author.</summary>
    Deleted,

    /// <summary>A post commit that cannot be used: a bad did or rkey, a create without text.</summary>
    Invalid,
}

namespace HealthShire.Listener.Core.Posts;

/// <summary>
/// The mutable fields of a post as re-read from its source by a refresh pass. A post flagged
/// <see cref="PostFlags.Deleted"/> or <see cref="PostFlags.Removed"/> loses its text in the store.
/// </summary>
public sealed record PostUpdate(string SourceId, int Score, int ReplyCount, PostFlags Flags);

namespace HealthShire.Listener.Core.Posts;

/// <summary>
/// The mutable fields of a post as re-read from its source by a refresh pass. A post flagged
/// <see cref="PostFlags.Deleted"/> or <see cref="PostFlags.Removed"/> loses its text in the store.
/// </summary>
/// <param name="SourceId">The post's id at its source.</param>
/// <param name="Score">The score, or with <paramref name="Additive"/> what to add to the stored one.</param>
/// <param name="ReplyCount">The reply count, or with <paramref name="Additive"/> the replies to add to the stored count.</param>
/// <param name="Flags">The flags, or with <paramref name="Additive"/> the flags to set on top of the stored ones.</param>
/// <param name="Additive">
/// False (a re-read): the values replace the stored ones. True (what a stream showed since the last update, such as
/// Bluesky replies and deletions): they add to the stored ones, and the post's last-seen time stays.
/// </param>
public sealed record PostUpdate(string SourceId, int Score, int ReplyCount, PostFlags Flags, bool Additive = false);

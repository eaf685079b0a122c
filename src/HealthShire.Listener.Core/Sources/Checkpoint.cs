namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// A source's resume point for one key (a subreddit, an X query, a read-budget month), written in
/// the same transaction as the posts it covers.
/// </summary>
/// <param name="Source">The source name.</param>
/// <param name="Key">What the checkpoint is for, e.g. the community.</param>
/// <param name="Value">The source's own resume token (a post id, a since_id, a count).</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record Checkpoint(string Source, string Key, string Value, DateTimeOffset UpdatedAt);

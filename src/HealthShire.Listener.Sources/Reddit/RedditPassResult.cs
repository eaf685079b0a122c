using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// What one subreddit pass found. <see cref="Newest"/> is set only when the pass ended cleanly, so a
/// failed pass never moves the checkpoint past posts it did not read.
/// </summary>
internal sealed record RedditPassResult(IReadOnlyList<Post> Posts, RedditCheckpoint? Newest, bool Unavailable);

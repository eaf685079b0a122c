using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// What one tag pass on one instance found. <see cref="NewestId"/> is set only when the pass ended cleanly and read
/// something newer than its checkpoint, so a failed pass never moves the checkpoint past statuses it did not read.
/// </summary>
internal sealed record MastodonTagPassResult(IReadOnlyList<Post> Posts, string? NewestId, bool Unavailable);

using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// Posts fetched together and the checkpoints they advance. An empty <see cref="Checkpoints"/>
/// list keeps the stored checkpoints as they are (a partial or failed pass never advances them).
/// </summary>
/// <param name="Community">The community the posts came from.</param>
/// <param name="Posts">The posts, in any order, without duplicates.</param>
/// <param name="Checkpoints">The checkpoints to store with the posts in one transaction.</param>
public sealed record SourceBatch(string Community, IReadOnlyList<Post> Posts, IReadOnlyList<Checkpoint> Checkpoints);

using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Sources;

/// <summary>A network that public posts are collected from.</summary>
public interface IPostSource
{
    /// <summary>The source name, lower case, as stored with every post: <c>reddit</c>, <c>x</c>.</summary>
    string Name { get; }

    /// <summary>Posts younger than this are re-read by <see cref="RefreshAsync"/>.</summary>
    TimeSpan RefreshMaxAge { get; }

    /// <summary>
    /// Fetches what is new since the given checkpoints, one batch at a time. Problems with one
    /// community are logged and skipped; a batch that ends early carries no checkpoint.
    /// </summary>
    /// <param name="checkpoints">This source's stored checkpoints by key.</param>
    /// <param name="cancellationToken">Stops the pass between requests.</param>
    IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        CancellationToken cancellationToken);

    /// <summary>
    /// Re-reads the given posts' mutable fields. Posts the source no longer returns come back
    /// flagged <see cref="PostFlags.Deleted"/>; posts it could not ask about are left out.
    /// </summary>
    Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken);
}

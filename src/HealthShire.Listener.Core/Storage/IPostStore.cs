using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Core.Storage;

/// <summary>
/// Where classified posts and checkpoints are kept. Failures throw; "nothing there" is an empty
/// result, never an exception.
/// </summary>
public interface IPostStore
{
    /// <summary>Creates or migrates the schema to the current version.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The stored checkpoints of one source, by key.</summary>
    Task<IReadOnlyDictionary<string, Checkpoint>> GetCheckpointsAsync(string source, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts posts by (source, source id) and writes the checkpoints, all in one transaction.
    /// A second sighting updates score, reply count, flags and last-seen time; it never duplicates.
    /// </summary>
    Task<SaveResult> SaveBatchAsync(
        IReadOnlyList<ClassifiedPost> posts,
        IReadOnlyList<Checkpoint> checkpoints,
        CancellationToken cancellationToken);

    /// <summary>
    /// A writer for many batches in a row (an import): each of its writes is one transaction like
    /// <see cref="SaveBatchAsync"/>, without checkpoints. The default writes through <see cref="SaveBatchAsync"/>.
    /// </summary>
    Task<IPostBulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IPostBulkWriter>(new BatchPostBulkWriter(this));

    /// <summary>Ids of a source's posts created after the given time and not deleted, newest first.</summary>
    Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(
        string source,
        DateTimeOffset createdAfter,
        CancellationToken cancellationToken);

    /// <summary>
    /// Applies refreshed fields in order (an <see cref="PostUpdate.Additive"/> update adds to the stored counts and flags
    /// instead of replacing them); deleted or removed posts lose their title and body.
    /// </summary>
    /// <returns>The number of posts updated.</returns>
    Task<int> ApplyUpdatesAsync(string source, IReadOnlyList<PostUpdate> updates, CancellationToken cancellationToken);

    /// <summary>Opens the store and runs a trivial query: throws when it cannot be reached (for health checks; reads no posts).</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Counts per source and community, newest post times and all checkpoints.</summary>
    Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>Stored posts with text, created at or after <paramref name="createdSince"/> when given.</summary>
    IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(DateTimeOffset? createdSince, CancellationToken cancellationToken);

    /// <summary>Replaces the tags of stored posts.</summary>
    Task<int> UpdateTagsAsync(IReadOnlyList<PostTagUpdate> updates, CancellationToken cancellationToken);
}

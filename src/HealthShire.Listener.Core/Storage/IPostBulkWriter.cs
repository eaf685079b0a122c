using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Core.Storage;

/// <summary>
/// Writes many batches of posts one after another, as an import does: each call is one transaction with the same
/// meaning as <see cref="IPostStore.SaveBatchAsync"/> (upsert by source and id, rollups moved in the same transaction),
/// so whatever was written before a crash or Ctrl+C stays and a re-run changes no count. A store may keep a connection
/// and its prepared statements open between calls.
/// </summary>
public interface IPostBulkWriter : IAsyncDisposable
{
    /// <summary>Upserts <paramref name="posts"/> in one transaction.</summary>
    Task<SaveResult> WriteAsync(IReadOnlyList<ClassifiedPost> posts, CancellationToken cancellationToken);
}

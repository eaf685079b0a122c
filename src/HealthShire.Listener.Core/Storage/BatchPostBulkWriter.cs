using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Core.Storage;

/// <summary>The bulk writer of a store that has no faster path: one <see cref="IPostStore.SaveBatchAsync"/> per call.</summary>
internal sealed class BatchPostBulkWriter(IPostStore store) : IPostBulkWriter
{
    public Task<SaveResult> WriteAsync(IReadOnlyList<ClassifiedPost> posts, CancellationToken cancellationToken) =>
        store.SaveBatchAsync(posts, [], cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

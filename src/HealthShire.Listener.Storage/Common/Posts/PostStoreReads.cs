using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>The reads of <see cref="IPostStore"/>, which every store answers through its <see cref="PostQueries"/>.</summary>
internal abstract class PostStoreReads(PostQueries queries)
{
    public Task<IReadOnlyDictionary<string, Checkpoint>> GetCheckpointsAsync(string source, CancellationToken cancellationToken) =>
        queries.GetCheckpointsAsync(source, cancellationToken);

    public Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(
        string source,
        DateTimeOffset createdAfter,
        CancellationToken cancellationToken) =>
        queries.GetRefreshCandidatesAsync(source, createdAfter, cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) => queries.PingAsync(cancellationToken);

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        queries.GetStatusAsync(cancellationToken);

    public IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(DateTimeOffset? createdSince, CancellationToken cancellationToken) =>
        queries.ReadPostTextsAsync(createdSince, cancellationToken);
}

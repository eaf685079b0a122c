using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Tests.Support;

/// <summary>A store in memory, for tests of the logic around the store.</summary>
internal sealed class InMemoryPostStore : IPostStore
{
    private readonly Dictionary<(string, string), ClassifiedPost> _posts = [];
    private readonly Dictionary<(string, string), Checkpoint> _checkpoints = [];

    public Exception? FailNextSave { get; set; }

    public IReadOnlyCollection<ClassifiedPost> Posts => _posts.Values;

    public List<IReadOnlyList<PostUpdate>> AppliedUpdates { get; } = [];

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, Checkpoint>> GetCheckpointsAsync(string source, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, Checkpoint>>(
            _checkpoints.Values.Where(c => c.Source == source).ToDictionary(c => c.Key));

    public Task<SaveResult> SaveBatchAsync(IReadOnlyList<ClassifiedPost> posts, IReadOnlyList<Checkpoint> checkpoints, CancellationToken cancellationToken)
    {
        if (FailNextSave is { } failure)
        {
            FailNextSave = null;
            throw failure;
        }

        int inserted = 0, updated = 0;
        foreach (var post in posts)
        {
            var key = (post.Post.Source, post.Post.SourceId);
            if (_posts.ContainsKey(key))
            {
                updated++;
            }
            else
            {
                inserted++;
            }

            _posts[key] = post;
        }

        foreach (var checkpoint in checkpoints)
        {
            _checkpoints[(checkpoint.Source, checkpoint.Key)] = checkpoint;
        }

        return Task.FromResult(new SaveResult(inserted, updated));
    }

    public Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(string source, DateTimeOffset createdAfter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _posts.Values.Where(p => p.Post.Source == source && p.Post.CreatedAt > createdAfter).Select(p => p.Post.SourceId)]);

    public Task<int> ApplyUpdatesAsync(string source, IReadOnlyList<PostUpdate> updates, CancellationToken cancellationToken)
    {
        AppliedUpdates.Add(updates);
        return Task.FromResult(updates.Count);
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreStatus(
            [.. _posts.Values.GroupBy(p => (p.Post.Source, p.Post.Community))
                .Select(g => new CommunityStatus(g.Key.Source, g.Key.Community, g.Count(), g.Max(p => p.Post.CreatedAt)))],
            [.. _checkpoints.Values]));

    public async IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(DateTimeOffset? createdSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var p in _posts.Values.Where(p => createdSince is null || p.Post.CreatedAt >= createdSince))
        {
            await Task.Yield();
            yield return new StoredPostText(p.Post.Source, p.Post.SourceId, p.Post.Title, p.Post.Body, p.Tags.ModelVersion);
        }
    }

    public Task<int> UpdateTagsAsync(IReadOnlyList<PostTagUpdate> updates, CancellationToken cancellationToken)
    {
        foreach (var update in updates)
        {
            var key = (update.Source, update.SourceId);
            _posts[key] = _posts[key] with { Tags = update.Tags };
        }

        return Task.FromResult(updates.Count);
    }
}

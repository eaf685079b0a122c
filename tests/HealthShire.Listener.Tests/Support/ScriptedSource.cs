using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Tests.Support;

/// <summary>A source that yields prepared batches and records what it was asked.</summary>
internal sealed class ScriptedSource(string name, params SourceBatch[] batches) : IPostSource
{
    public string Name => name;

    public TimeSpan RefreshMaxAge { get; init; } = TimeSpan.FromDays(2);

    public IReadOnlyDictionary<string, Checkpoint>? CheckpointsSeen { get; private set; }

    public int BatchesYielded { get; private set; }

    public Action<int>? AfterBatch { get; init; }

    public IReadOnlyList<string>? RefreshAskedFor { get; private set; }

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CheckpointsSeen = checkpoints;
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            BatchesYielded++;
            yield return batch;
            AfterBatch?.Invoke(BatchesYielded);
        }
    }

    public Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        RefreshAskedFor = sourceIds;
        return Task.FromResult<IReadOnlyList<PostUpdate>>([.. sourceIds.Select(id => new PostUpdate(id, 10, 2, PostFlags.None))]);
    }
}

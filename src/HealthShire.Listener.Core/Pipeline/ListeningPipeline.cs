using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Core.Pipeline;

/// <summary>
/// One collection pass over a source: fetch what is new, tag it, store each batch with its
/// checkpoints in one transaction, then refresh recent posts' replies and scores.
/// </summary>
public sealed partial class ListeningPipeline
{
    private readonly IPostClassifier _classifier;
    private readonly IPostStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<ListeningPipeline> _logger;

    /// <summary>Creates the pipeline over a classifier and a store.</summary>
    public ListeningPipeline(IPostClassifier classifier, IPostStore store, TimeProvider time, ILogger<ListeningPipeline> logger)
    {
        _classifier = classifier;
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Runs one pass. Cancellation stops fetching and returns what was stored; a batch already
    /// fetched is still stored whole, so nothing fetched is lost and no checkpoint runs ahead of its posts.
    /// </summary>
    public async Task<CollectResult> RunAsync(IPostSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var startedAt = _time.GetUtcNow();
        var checkpoints = await _store.GetCheckpointsAsync(source.Name, cancellationToken).ConfigureAwait(false);
        var communities = new List<CommunityCollectResult>();

        try
        {
            await foreach (var batch in source.FetchAsync(checkpoints, cancellationToken).ConfigureAwait(false))
            {
                communities.Add(await StoreBatchAsync(source.Name, batch).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what was fetched is stored; the rest is fetched again from the kept checkpoints.
            LogStoppedEarly(source.Name, communities.Count);
        }

        var refreshed = 0;
        if (!cancellationToken.IsCancellationRequested)
        {
            refreshed = await RefreshAsync(source, cancellationToken).ConfigureAwait(false);
        }

        var result = new CollectResult(source.Name, communities, refreshed, startedAt, _time.GetUtcNow());
        LogPassFinished(source.Name, result.Fetched, result.Inserted, result.Updated, refreshed, result.FinishedAt - startedAt);
        return result;
    }

    /// <summary>
    /// Holds a streamed source until <paramref name="cancellationToken"/> is cancelled: each batch is tagged and stored with
    /// its checkpoints in one transaction and reported to <paramref name="stored"/>; each connection trouble goes to
    /// <paramref name="troubled"/>; recent posts are refreshed after a batch, at most once every <paramref name="refreshEvery"/>.
    /// On cancellation the source's last batch is still stored whole.
    /// </summary>
    public async Task HoldAsync(
        IHeldPostSource source,
        Action<CollectResult> stored,
        Func<DateTimeOffset, string, Task> troubled,
        TimeSpan refreshEvery,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(troubled);
        var checkpoints = await _store.GetCheckpointsAsync(source.Name, cancellationToken).ConfigureAwait(false);
        var nextRefresh = _time.GetUtcNow() + refreshEvery;
        var batches = 0;
        try
        {
            await foreach (var update in source.HoldAsync(checkpoints, cancellationToken).ConfigureAwait(false))
            {
                if (update.Batch is not { } batch)
                {
                    await troubled(_time.GetUtcNow(), update.Trouble ?? "the stream failed").ConfigureAwait(false);
                    continue;
                }

                var startedAt = _time.GetUtcNow();
                var community = await StoreBatchAsync(source.Name, batch).ConfigureAwait(false);
                batches++;
                var refreshed = 0;
                if (startedAt >= nextRefresh && !cancellationToken.IsCancellationRequested)
                {
                    refreshed = await RefreshAsync(source, cancellationToken).ConfigureAwait(false);
                    nextRefresh = _time.GetUtcNow() + refreshEvery;
                }

                stored(new CollectResult(source.Name, [community], refreshed, startedAt, _time.GetUtcNow()));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A refresh cut short by shutdown: its updates come again with the stream's next replies.
        }

        LogHoldEnded(source.Name, batches);
    }

    private async Task<CommunityCollectResult> StoreBatchAsync(string source, SourceBatch batch)
    {
        var posts = batch.Posts;
        var classified = PostTagging.Tag(_classifier, posts);

        // Not cancellable on purpose: a fetched batch is stored whole (one transaction) before the pass stops.
        var saved = await _store.SaveBatchAsync(classified, batch.Checkpoints, CancellationToken.None).ConfigureAwait(false);
        LogBatchStored(source, batch.Community, posts.Count, saved.Inserted, saved.Updated, batch.Checkpoints.Count > 0);
        return new CommunityCollectResult(batch.Community, posts.Count, saved.Inserted, saved.Updated, batch.Checkpoints.Count > 0);
    }

    private async Task<int> RefreshAsync(IPostSource source, CancellationToken cancellationToken)
    {
        var since = _time.GetUtcNow() - source.RefreshMaxAge;
        var ids = await _store.GetRefreshCandidatesAsync(source.Name, since, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return 0;
        }

        var updates = await source.RefreshAsync(ids, cancellationToken).ConfigureAwait(false);
        return updates.Count == 0
            ? 0
            : await _store.ApplyUpdatesAsync(source.Name, updates, CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Stored {Source}/{Community}: {Fetched} fetched, {Inserted} new, {Updated} updated, checkpoint advanced: {CheckpointAdvanced}")]
    private partial void LogBatchStored(string source, string community, int fetched, int inserted, int updated, bool checkpointAdvanced);

    [LoggerMessage(Level = LogLevel.Information, Message = "The held stream of {Source} ended after {Batches} batches")]
    private partial void LogHoldEnded(string source, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pass over {Source} stopped early after {Batches} batches")]
    private partial void LogStoppedEarly(string source, int batches);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Pass over {Source} finished: {Fetched} fetched, {Inserted} new, {Updated} updated, {Refreshed} refreshed in {Elapsed}")]
    private partial void LogPassFinished(string source, int fetched, int inserted, int updated, int refreshed, TimeSpan elapsed);
}

using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// One scheduled pass over a source: the pipeline, then how it went for <c>/healthz</c>; a failed pass is also kept in the
/// store as the source's last error, for <c>status</c> and the other nodes. A failure never leaves here: the next trigger
/// tries again. A held source (<see cref="IHeldPostSource"/>, Bluesky's stream) is not passed over but held: the pass lasts
/// until shutdown, each stored batch counts as a success and each dropped connection as a failure.
/// </summary>
internal sealed partial class CollectPass(
    ListeningPipeline pipeline,
    IPostStore store,
    CollectionHealth health,
    TimeProvider time,
    ILogger<CollectPass> logger)
{
    /// <param name="source">The source to collect.</param>
    /// <param name="interval">The source's interval: a held source refreshes its recent posts at most this often.</param>
    /// <param name="cancellationToken">Shutdown.</param>
    public async Task RunAsync(IPostSource source, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            if (source is IHeldPostSource held)
            {
                await pipeline.HoldAsync(held, health.Succeeded, (at, trouble) => TroubledAsync(source.Name, at, trouble), interval, cancellationToken);
                return;
            }

            var result = await pipeline.RunAsync(source, cancellationToken);
            if (result.Communities.Count > 0 && result.Communities.All(c => !c.CheckpointAdvanced))
            {
                // Nothing could be read anywhere (every community stopped before its checkpoint): for health, a failure.
                health.Failed(source.Name, result.FinishedAt, "no community could be read; every checkpoint was kept");
            }
            else
            {
                health.Succeeded(result);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(source.Name);
        }
#pragma warning disable CA1031 // A pass's last stop: whatever failed is kept as the source's last error and reported.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var error = new LastPassError(time.GetUtcNow(), ex.Message);
            health.Failed(source.Name, error.At, error.Message);
            LogPassFailed(ex, source.Name);
            await KeepAsync(source.Name, error);
        }
    }

    private Task TroubledAsync(string source, DateTimeOffset at, string trouble)
    {
        health.Failed(source, at, trouble);
        return KeepAsync(source, new LastPassError(at, trouble));
    }

    /// <summary>A store that is down keeps the error in this node's memory only.</summary>
    private async Task KeepAsync(string source, LastPassError error)
    {
        try
        {
            await store.SaveBatchAsync([], [error.ToCheckpoint(source)], CancellationToken.None);
        }
#pragma warning disable CA1031 // Recording the failure must not hide it: the original error is already logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogErrorNotKept(ex, source);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pass over {Source} stopped for shutdown")]
    private partial void LogCancelled(string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pass over {Source} failed; it runs again at the next trigger")]
    private partial void LogPassFailed(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failed pass over {Source} could not be recorded in the store")]
    private partial void LogErrorNotKept(Exception exception, string source);
}

using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// The scheduled adapter around <see cref="ListeningPipeline"/> for one source. Never runs twice at
/// once; a failed pass is logged, kept in the store as the source's last error, and retried at the next
/// trigger rather than crashing the worker.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CollectJob(
    SourceRegistry registry,
    IEnumerable<IPostSource> sources,
    ListeningPipeline pipeline,
    IPostStore store,
    CollectionHealth health,
    TimeProvider time,
    ILogger<CollectJob> logger) : IJob
{
    public const string SourceDataKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(SourceDataKey) ?? string.Empty;
        if (registry.Find(name) is not { Enabled: true } registration)
        {
            LogUnknownSource(name);
            return;
        }

        var source = SourceRegistry.SourceOf(registration, sources);
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["Source"] = source.Name,
            ["RunId"] = context.FireInstanceId,
        });
        try
        {
            var result = await pipeline.RunAsync(source, cancellationToken);
            health.Succeeded(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(source.Name);
        }
        catch (Exception ex)
        {
            // A failed pass must not stop the scheduler; the next trigger tries again.
            var error = new LastPassError(time.GetUtcNow(), ex.Message);
            health.Failed(source.Name, error.At, error.Message);
            LogPassFailed(ex, source.Name);
            await KeepErrorAsync(source.Name, error);
        }
    }

    /// <summary>Stores the error for <c>status</c> and the other nodes; a store that is down keeps it in this node's memory only.</summary>
    private async Task KeepErrorAsync(string source, LastPassError error)
    {
        try
        {
            await store.SaveBatchAsync([], [error.ToCheckpoint(source)], CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogErrorNotStored(ex, source);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No enabled source named {Source} is registered; the job is left from another configuration")]
    private partial void LogUnknownSource(string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pass over {Source} stopped for shutdown")]
    private partial void LogCancelled(string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pass over {Source} failed; it runs again at the next trigger")]
    private partial void LogPassFailed(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failed pass over {Source} could not be recorded in the store")]
    private partial void LogErrorNotStored(Exception exception, string source);
}

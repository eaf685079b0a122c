using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Hosting;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// The scheduled adapter around <see cref="ListeningPipeline"/> for one source. Never runs twice at
/// once; a failed pass is logged and retried at the next trigger rather than crashing the worker.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CollectJob(
    SourceRegistry sources,
    ListeningPipeline pipeline,
    CollectionHealth health,
    TimeProvider time,
    ILogger<CollectJob> logger) : IJob
{
    public const string SourceDataKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(SourceDataKey) ?? string.Empty;
        var source = sources.Find(name);
        if (source is null)
        {
            LogUnknownSource(name);
            return;
        }

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
            health.Failed(source.Name, time.GetUtcNow(), ex.Message);
            LogPassFailed(ex, source.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No source named {Source} is registered")]
    private partial void LogUnknownSource(string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pass over {Source} stopped for shutdown")]
    private partial void LogCancelled(string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pass over {Source} failed; it runs again at the next trigger")]
    private partial void LogPassFailed(Exception exception, string source);
}

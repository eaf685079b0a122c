using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// Daily: clears the title and body of posts older than <c>Store:TextRetention</c> (default 180
/// days). Tags and day counts stay, so trends survive and old health talk does not.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RetentionJob(
    IInsightsStore store,
    IOptions<StoreOptions> options,
    TimeProvider time,
    ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var retention = options.Value.TextRetention;
        var cutoff = time.GetUtcNow() - retention;
        try
        {
            var cleared = await store.ClearTextOlderThanAsync(cutoff, cancellationToken);
            LogCleared(cleared, cutoff, retention);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled();
        }
#pragma warning disable CA1031 // Retention must not stop the scheduler; tomorrow's run clears what today's could not.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cleared the text of {Count} posts created before {Cutoff} (retention {Retention})")]
    private partial void LogCleared(int count, DateTimeOffset cutoff, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Information, Message = "Text retention stopped for shutdown")]
    private partial void LogCancelled();

    [LoggerMessage(Level = LogLevel.Error, Message = "Text retention failed; it runs again tomorrow")]
    private partial void LogFailed(Exception exception);
}

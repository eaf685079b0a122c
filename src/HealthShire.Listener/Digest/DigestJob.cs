using Quartz;

namespace HealthShire.Listener.Digest;

/// <summary>
/// The scheduled adapter around <see cref="DigestRunner"/>: each trigger sends the digests that are
/// due. Never runs twice at once in one process; across processes the store's claims keep each
/// week to one send. A failed run is logged and the next trigger tries again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestRunner runner, ILogger<DigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("digest", "digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = context.FireInstanceId });
        try
        {
            await runner.RunAsync(DigestRunRequest.Scheduled, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: claimed sends were recorded as failed and are retried by the next run.
        }
#pragma warning disable CA1031 // A job's last stop: a failed run is logged and the next trigger runs again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            DigestLog.RunFailed(logger, ex);
        }
    }
}

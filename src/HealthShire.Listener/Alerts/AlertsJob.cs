using Quartz;

namespace HealthShire.Listener.Alerts;

/// <summary>
/// The scheduled adapter around <see cref="AlertRunner"/>. Never runs twice at once in one process; across processes the
/// store's claims keep each delivery to one. A failed run is logged and the next trigger tries again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AlertsJob(AlertRunner runner, ILogger<AlertsJob> logger) : IJob
{
    public static readonly JobKey Key = new("alerts", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = context.FireInstanceId });
        try
        {
            await runner.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: claimed deliveries were recorded as failed and are retried by the next run.
        }
#pragma warning disable CA1031 // A job's last stop: a failed run is logged and the next trigger runs again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            AlertsLog.RunFailed(logger, ex);
        }
    }
}

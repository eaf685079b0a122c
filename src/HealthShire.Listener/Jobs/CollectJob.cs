using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Hosting;
using Quartz;

namespace HealthShire.Listener.Jobs;

/// <summary>
/// The scheduled adapter around <see cref="CollectPass"/> for one registered source. Never runs twice at once; a failed
/// pass is logged and kept, and retried at the next trigger rather than crashing the worker. For a held source
/// (Bluesky's stream) the job does not return until shutdown: its trigger stays blocked meanwhile, on every node of a
/// PostgreSQL cluster too, so exactly one node holds the stream, and another takes it over (from the stored checkpoint)
/// once that node stops or is found dead.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CollectJob(
    SourceRegistry registry,
    IEnumerable<IPostSource> sources,
    CollectPass pass,
    ILogger<CollectJob> logger) : IJob
{
    public const string SourceDataKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(SourceDataKey) ?? string.Empty;
        if (registry.Find(name) is not { Enabled: true } registration)
        {
            LogNotEnabled(name);
            return;
        }

        var source = SourceRegistry.SourceOf(registration, sources);
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["Source"] = source.Name,
            ["RunId"] = context.FireInstanceId,
        });
        await pass.RunAsync(source, registration.Interval, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No enabled source named {Source} is registered; the job is left from another configuration")]
    private partial void LogNotEnabled(string source);
}

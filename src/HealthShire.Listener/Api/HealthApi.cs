using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Status;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api;

/// <summary>
/// <c>GET /healthz</c>: the store answers, and each registered source: enabled, its passes, its checkpoints. 200
/// <c>healthy</c>; 503 <c>degraded</c> when a source failed <see cref="SourceHealthReport.DegradedAfter"/> passes
/// in a row; 503 <c>unhealthy</c> when the store does not answer.
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetHealthAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        IPostStore store,
        SourceRegistry registry,
        CollectionHealth health,
        CancellationToken cancellationToken)
    {
        var stored = new List<Checkpoint>();
        var reachable = true;
        try
        {
            // Trivial, indexed queries: load-balancer probes from every node must not count the posts of a shared database.
            await store.PingAsync(cancellationToken);
            foreach (var source in registry.All)
            {
                stored.AddRange((await store.GetCheckpointsAsync(source.Name, cancellationToken)).Values);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reachable = false;
        }

        var passes = health.Snapshot();
        var sources = registry.All.ToDictionary(
            r => r.Name,
            r => SourceHealthReport.Of(SourceStatus.Of(r, stored), passes.GetValueOrDefault(r.Name)),
            StringComparer.Ordinal);
        if (!reachable)
        {
            return TypedResults.Json(new HealthReport("unhealthy", false, sources), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // A source whose passes keep failing (a damaged store, an upstream down) is not healthy, even if the store answers.
        return sources.Values.Any(s => s.ConsecutiveFailures >= SourceHealthReport.DegradedAfter)
            ? TypedResults.Json(new HealthReport("degraded", true, sources), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new HealthReport("healthy", true, sources));
    }
}

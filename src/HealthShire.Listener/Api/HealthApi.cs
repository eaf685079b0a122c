using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api;

/// <summary><c>GET /healthz</c>: the store answers, and how each source's last passes went.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetHealthAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        IPostStore store,
        CollectionHealth health,
        CancellationToken cancellationToken)
    {
        var sources = health.Snapshot();
        try
        {
            // A trivial query: load-balancer probes from every node must not count the posts of a shared database.
            await store.PingAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport("healthy", true, sources));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return TypedResults.Json(new HealthReport("unhealthy", false, sources), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

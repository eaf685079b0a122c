using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Status;
using HealthShire.Listener.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Status;

/// <summary><c>GET /api/status</c>: how fresh the stored posts are, per source, for the dashboard's "up to date as of".</summary>
internal static class StatusApi
{
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/status", GetStatusAsync)
            .WithTags("Status")
            .WithSummary("The time zone, and per source when it last collected (this node's last successful pass or the newest stored checkpoint), its last failure and failures in a row.");
        return api;
    }

    private static async Task<Ok<StatusResponse>> GetStatusAsync(
        IPostStore store,
        SourceRegistry registry,
        CollectionHealth health,
        ListenerCalendar calendar,
        CancellationToken cancellationToken)
    {
        var stored = new List<Checkpoint>();
        foreach (var source in registry.All)
        {
            stored.AddRange((await store.GetCheckpointsAsync(source.Name, cancellationToken)).Values);
        }

        var passes = health.Snapshot();
        var sources = registry.All
            .Select(r => SourceCollection.Of(SourceStatus.Of(r, stored), passes.GetValueOrDefault(r.Name)))
            .ToList();
        var latest = sources.Where(s => s.LastCollectedAt is not null).Select(s => s.LastCollectedAt).Max();
        return TypedResults.Ok(new StatusResponse(ListenerTimeZone.StableId(calendar.TimeZone), latest, sources));
    }
}

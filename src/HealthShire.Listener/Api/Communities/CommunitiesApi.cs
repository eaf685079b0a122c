using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Communities;

/// <summary><c>GET /api/communities</c>: the names a community filter can take.</summary>
internal static class CommunitiesApi
{
    public static RouteGroupBuilder MapCommunitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/communities", GetCommunitiesAsync)
            .WithTags("Communities")
            .WithSummary("Every community with stored posts (source and name as stored), for the community filter; community= on other endpoints also accepts r/name, /r/name and #tag in any case.");
        return api;
    }

    private static async Task<Ok<CommunitiesResponse>> GetCommunitiesAsync(IInsightsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CommunitiesResponse(await store.GetCommunitiesAsync(CommunityMatch.MaxCommunities, cancellationToken)));
}

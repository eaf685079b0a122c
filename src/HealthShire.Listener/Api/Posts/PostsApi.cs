using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Posts;

/// <summary><c>GET /api/posts</c>: the posts behind a trend point or legend entry; crisis posts stay out, as they do of leads.</summary>
internal static class PostsApi
{
    public static RouteGroupBuilder MapPostsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/posts", GetPostsAsync)
            .WithTags("Posts")
            .WithSummary("Tagged posts created on days from..to (default: the last 12 weeks) by topic, medication, source, community and q= (every word, full-text index), newest first, paged; never crisis posts.");
        return api;
    }

    private static async Task<Results<Ok<PostsResponse>, ValidationProblem>> GetPostsAsync(
        [AsParameters] PostSearchRequest request,
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!request.TryCreateSearch(calendar.Today(time), out var search, out var error))
        {
            return ParameterProblem.From(error);
        }

        var community = await CommunityMatch.FindAsync(store, search.Source, search.Community, cancellationToken);
        search = search with { Community = community.Community };
        var page = await store.GetPostsAsync(search, cancellationToken);
        return TypedResults.Ok(new PostsResponse(page.Total, page.Page, page.PageSize, search.From, search.To, page.Items) { CommunityHint = community.Hint });
    }
}

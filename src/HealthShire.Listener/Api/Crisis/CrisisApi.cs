using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api.Crisis;

/// <summary><c>GET /api/crisis</c>: crisis posts, kept apart from leads, with the resources text first.</summary>
internal static class CrisisApi
{
    public static RouteGroupBuilder MapCrisisApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/crisis").WithTags("Crisis")
            .MapGet(string.Empty, GetCrisisPostsAsync)
            .WithSummary("Crisis posts within the age window (maxAgeDays, 1 to 90; stated in the answer), newest first, paged (page, pageSize, total), with the configured crisis-line resources text.");
        return api;
    }

    private static async Task<Results<Ok<CrisisResponse>, ValidationProblem>> GetCrisisPostsAsync(
        [AsParameters] PostListRequest request,
        IInsightsStore store,
        IOptions<QuestionsOptions> questions,
        IOptions<CrisisOptions> crisis,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!request.TryCreateQuery(questions.Value.MaxAge, out var query, out var error))
        {
            return ParameterProblem.From(error);
        }

        var community = await CommunityMatch.FindAsync(store, query.Source, query.Community, cancellationToken);
        query = query with { Community = community.Community };
        var page = await store.GetCrisisPostsAsync(query, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new CrisisResponse(crisis.Value.ResourcesText, page.Items, page.Page, page.PageSize, page.Total, QuestionsResponse.WindowDays(query))
        {
            CommunityHint = community.Hint,
        });
    }
}

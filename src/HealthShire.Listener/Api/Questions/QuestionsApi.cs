using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api.Questions;

/// <summary><c>GET /api/questions</c> and <c>POST /api/questions/{id}/status</c>.</summary>
internal static class QuestionsApi
{
    public static IReadOnlyList<string> Marks { get; } = ["engaged", "dismissed", "open"];

    public static RouteGroupBuilder MapQuestionsApi(this RouteGroupBuilder api)
    {
        var questions = api.MapGroup("/questions").WithTags("Questions");
        questions.MapGet(string.Empty, GetOpenQuestionsAsync)
            .WithSummary("Open questions: tagged question, no replies, not a reply itself, not crisis, not marked, newest first or by score; medication= narrows to posts naming one (brand names accepted), q= to those holding every word (full-text index); total counts every match.");
        questions.MapPost("/{id}/status", MarkAsync)
            .WithSummary("Marks a question engaged or dismissed (it then leaves the open list), or open again (an undo); 404 for an unknown id.");
        return api;
    }

    private static async Task<Results<Ok<QuestionsResponse>, ValidationProblem>> GetOpenQuestionsAsync(
        [AsParameters] PostListRequest request,
        IInsightsStore store,
        IOptions<QuestionsOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!request.TryCreateQuery(options.Value.MaxAge, out var query, out var error))
        {
            return ParameterProblem.From(error);
        }

        var community = await CommunityMatch.FindAsync(store, query.Source, query.Community, cancellationToken);
        query = query with { Community = community.Community };
        var page = await store.GetOpenQuestionsAsync(query, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(QuestionsResponse.Of(page, query) with { CommunityHint = community.Hint });
    }

    private static async Task<Results<Ok<MarkResponse>, ValidationProblem, ProblemHttpResult>> MarkAsync(
        string id,
        MarkRequest? body,
        IInsightsStore store,
        CancellationToken cancellationToken)
    {
        var status = string.Empty;
        var error = string.IsNullOrWhiteSpace(body?.Status)
            ? new ParameterError("status", $"is required in the JSON body: {string.Join(" or ", Marks)}.")
            : ParameterReader.Choice("status", body.Status, Marks, out status);
        if (error is not null)
        {
            return ParameterProblem.From(error);
        }

        var mark = status switch { "engaged" => PostMark.Engaged, "dismissed" => PostMark.Dismissed, _ => PostMark.Open };
        if (!PostId.TryParse(id, out var source, out var sourceId)
            || !await store.MarkAsync(source, sourceId, mark, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Post not found",
                detail: $"No stored post has the id '{Truncate(id)}'.");
        }

        return TypedResults.Ok(new MarkResponse(id, status));
    }

    private static string Truncate(string id) => id.Length <= 60 ? id : id[..60] + "…";
}

using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Trends;

/// <summary><c>GET /api/topics</c>, <c>GET /api/trends</c> and <c>GET /api/trends/rising</c>.</summary>
internal static class TrendsApi
{
    /// <summary>The weeks the latest week is compared with for rising topics.</summary>
    public const int TrailingWeeks = 8;

    public static RouteGroupBuilder MapTrendsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/topics", () => TypedResults.Ok(Topics.All))
            .WithTags("Trends")
            .WithSummary("The topic names posts are tagged with, in display order.");

        var trends = api.MapGroup("/trends").WithTags("Trends");
        trends.MapGet(string.Empty, GetTrendsAsync)
            .WithSummary("Posts, questions, medication questions, crisis and unanswered counts per topic (or groupBy=source|community) and day or week (default: the last 12 weeks), with totals per period, the time zone, and partial marking the unfinished period; medication= narrows to posts naming one; answers may be up to 30 s old.");
        trends.MapGet("/rising", GetRisingAsync)
            .WithSummary("Each topic's latest full week against its trailing 8 weeks, highest z-score first.");
        return api;
    }

    private static async Task<Results<Ok<TrendsResponse>, ValidationProblem>> GetTrendsAsync(
        [AsParameters] TrendsRequest request,
        TrendsCache trends,
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!request.TryCreateQuery(calendar.Today(time), out var query, out var error))
        {
            return ParameterProblem.From(error);
        }

        var community = await CommunityMatch.FindAsync(store, query.Source, query.Community, cancellationToken);
        query = query with { Community = community.Community };
        var series = await trends.GetTrendsAsync(query, cancellationToken);
        return TypedResults.Ok(TrendsResponse.Of(query, series, calendar, calendar.Today(time)) with { CommunityHint = community.Hint });
    }

    private static async Task<Ok<RisingResponse>> GetRisingAsync(
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var topics = await store.GetRisingTopicsAsync(calendar.Today(time), TrailingWeeks, cancellationToken);
        return TypedResults.Ok(new RisingResponse(TrailingWeeks, topics));
    }
}

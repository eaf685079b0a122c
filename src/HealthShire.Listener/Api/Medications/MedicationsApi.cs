using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api.Medications;

/// <summary><c>GET /api/medications</c>; the medication filters live on <c>/api/trends</c> and <c>/api/questions</c>.</summary>
internal static class MedicationsApi
{
    public static RouteGroupBuilder MapMedicationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/medications", GetMedicationsAsync)
            .WithTags("Medications")
            .WithSummary("Posts naming each medication in the latest full week (or the last full week up to to=) and the week before, the change, and its open questions; most posts first.");
        return api;
    }

    /// <summary>
    /// The answer the endpoint and the <c>medications</c> command share: the last full week that ends on or before
    /// <paramref name="through"/> (default: the latest full week) against the week before; open questions are the ones
    /// open now, within <c>Questions:MaxAge</c>.
    /// </summary>
    public static async Task<MedicationsResponse> ReadAsync(
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        QuestionsOptions questions,
        DateOnly? through,
        CancellationToken cancellationToken)
    {
        var today = calendar.Today(time);
        // The store counts the last full week before the day it is given; the day after `through` makes a week ending on it full.
        var reference = through is { } last && last < today ? last.AddDays(1) : today;
        var weeks = await store.GetMedicationWeeksAsync(reference, time.GetUtcNow(), questions.MaxAge, cancellationToken);
        return new MedicationsResponse(ListenerCalendar.WeekStart(reference).AddDays(-7), weeks);
    }

    private static async Task<Results<Ok<MedicationsResponse>, ValidationProblem>> GetMedicationsAsync(
        string? to,
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        IOptions<QuestionsOptions> questions,
        CancellationToken cancellationToken)
    {
        var error = ParameterReader.Day("to", to, out var through);
        if (error is not null)
        {
            return ParameterProblem.From(error);
        }

        return TypedResults.Ok(await ReadAsync(store, calendar, time, questions.Value, through, cancellationToken));
    }
}

using HealthShire.Listener.Api.Questions;
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
            .WithSummary("Posts naming each medication in the latest full week and the week before, the change, and its open questions; most posts first.");
        return api;
    }

    /// <summary>The answer the endpoint and the <c>medications</c> command share; open questions within <c>Questions:MaxAge</c>.</summary>
    public static async Task<MedicationsResponse> ReadAsync(
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        QuestionsOptions questions,
        CancellationToken cancellationToken)
    {
        var today = calendar.Today(time);
        var weeks = await store.GetMedicationWeeksAsync(today, time.GetUtcNow(), questions.MaxAge, cancellationToken);
        return new MedicationsResponse(ListenerCalendar.WeekStart(today).AddDays(-7), weeks);
    }

    private static async Task<Ok<MedicationsResponse>> GetMedicationsAsync(
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        IOptions<QuestionsOptions> questions,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(store, calendar, time, questions.Value, cancellationToken));
}

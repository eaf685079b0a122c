using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Core.Insights;
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

    /// <summary>The answer the endpoint and the <c>medications</c> command share.</summary>
    public static async Task<MedicationsResponse> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var today = services.GetRequiredService<ListenerCalendar>().Today(time);
        var maxAge = services.GetRequiredService<IOptions<QuestionsOptions>>().Value.MaxAge;
        var weeks = await services.GetRequiredService<IInsightsStore>().GetMedicationWeeksAsync(today, time.GetUtcNow(), maxAge, cancellationToken);
        return new MedicationsResponse(ListenerCalendar.WeekStart(today).AddDays(-7), weeks);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<MedicationsResponse>> GetMedicationsAsync(
        HttpContext context,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(context.RequestServices, cancellationToken));
}

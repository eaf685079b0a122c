using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Trends;

/// <summary>
/// One point of <c>GET /api/trends</c>: the counts of a day or week, and whether that period is still under way
/// (today's day, this week), so that a chart does not read its low count as a fall.
/// </summary>
internal sealed record TrendBucket(DateOnly Start, long Posts, long Questions, long MedicationQuestions, long Crisis, long Unanswered, bool Partial)
{
    public static TrendBucket Of(TrendPoint point, bool partial) =>
        new(point.Start, point.Posts, point.Questions, point.MedicationQuestions, point.Crisis, point.Unanswered, partial);
}

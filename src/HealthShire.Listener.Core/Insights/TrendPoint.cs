namespace HealthShire.Listener.Core.Insights;

/// <summary>The counts of one bucket of a topic's series.</summary>
/// <param name="Start">The first day of the bucket.</param>
/// <param name="Posts">Posts created in the bucket.</param>
/// <param name="Questions">Of those, tagged question.</param>
/// <param name="MedicationQuestions">Of those, tagged medication question.</param>
/// <param name="Crisis">Of those, tagged crisis.</param>
/// <param name="Unanswered">Questions with no reply after the latest refresh, not deleted, not crisis.</param>
public sealed record TrendPoint(DateOnly Start, long Posts, long Questions, long MedicationQuestions, long Crisis, long Unanswered);

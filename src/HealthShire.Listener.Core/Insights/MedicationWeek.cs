namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// One medication's latest full week against the week before, and the open questions that name it.
/// </summary>
/// <param name="Medication">The generic name (<see cref="Medications.MedicationLexicon"/>).</param>
/// <param name="WeekStart">The Monday of the latest full week.</param>
/// <param name="Posts">Posts naming it in the latest full week.</param>
/// <param name="PreviousWeekPosts">Posts naming it in the week before.</param>
/// <param name="WeekOverWeekChange">(Posts − PreviousWeekPosts) / PreviousWeekPosts, or null when the week before had none.</param>
/// <param name="OpenQuestions">Open questions naming it now (as <see cref="IInsightsStore.GetOpenQuestionsAsync"/> lists them).</param>
public sealed record MedicationWeek(
    string Medication,
    DateOnly WeekStart,
    long Posts,
    long PreviousWeekPosts,
    double? WeekOverWeekChange,
    long OpenQuestions);

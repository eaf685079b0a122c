namespace HealthShire.Listener.Tests.Storage.Insights;

/// <summary>The five counts of one rollup row, as the tests compare them.</summary>
internal sealed record DayCounts(long Posts, long Questions, long MedicationQuestions, long Crisis, long Unanswered)
{
    public static DayCounts None { get; } = new(0, 0, 0, 0, 0);

    public DayCounts Plus(DayCounts other) => new(
        Posts + other.Posts,
        Questions + other.Questions,
        MedicationQuestions + other.MedicationQuestions,
        Crisis + other.Crisis,
        Unanswered + other.Unanswered);
}

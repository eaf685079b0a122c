namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The counts of one rollup row, or a change to them.</summary>
internal readonly record struct RollupCounts(long Posts, long Questions, long MedicationQuestions, long Crisis, long Unanswered)
{
    public bool IsZero => this == default;

    /// <summary>What one post adds to its day.</summary>
    public static RollupCounts Of(RollupRow row) => new(
        1,
        row.IsQuestion ? 1 : 0,
        row.IsMedicationQuestion ? 1 : 0,
        row.IsCrisis ? 1 : 0,
        row.IsUnanswered ? 1 : 0);

    public static RollupCounts operator +(RollupCounts left, RollupCounts right) => new(
        left.Posts + right.Posts,
        left.Questions + right.Questions,
        left.MedicationQuestions + right.MedicationQuestions,
        left.Crisis + right.Crisis,
        left.Unanswered + right.Unanswered);

    public static RollupCounts operator -(RollupCounts value) =>
        new(-value.Posts, -value.Questions, -value.MedicationQuestions, -value.Crisis, -value.Unanswered);

    public RollupCounts Add(RollupCounts other) => this + other;

    public RollupCounts Negate() => -this;
}

using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>The tag columns of <c>posts</c>, in the order every store binds them, and how their scores are kept.</summary>
internal static class TagColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "topic", "topic_probability",
        "is_question", "question_score",
        "is_medication", "medication_score",
        "is_medication_question", "medication_question_score",
        "is_crisis", "crisis_score",
        "model_version", "tagged_at",
        "medications",
    ];

    /// <summary>
    /// The <c>medications</c> column of tags: the generic names joined by commas (no name holds one), empty when the post
    /// names none. The <c>post_medications</c> table is kept from this column by a trigger on every store.
    /// </summary>
    public static string Medications(PostTags tags) => string.Join(',', tags.Medications);

    /// <summary>
    /// A score as stored: SQLite has no NaN and would store it as NULL anyway; infinities are treated the same way,
    /// on every store, so that all of them read back the same scores.
    /// </summary>
    public static float? Finite(float value) => float.IsFinite(value) ? value : null;
}

namespace HealthShire.Listener.Core.Insights;

/// <summary>One tagged post in an export; the pseudonym only when asked for, never a raw name.</summary>
public sealed record ExportedPost(
    string Id,
    string Source,
    string Community,
    DateTimeOffset CreatedAt,
    string Topic,
    float TopicProbability,
    bool Question,
    bool Medication,
    bool MedicationQuestion,
    bool Crisis,
    int Score,
    int ReplyCount,
    string Url,
    string Title,
    string Body,
    string? AuthorPseudonym);

namespace HealthShire.Listener.Core.Insights;

/// <summary>A page of listed posts (open questions, crisis posts) with filters.</summary>
/// <param name="Topic">Only this topic, or any.</param>
/// <param name="Source">Only this source, or any.</param>
/// <param name="Community">Only this community, or any.</param>
/// <param name="MaxAge">Only posts created within this age of now.</param>
/// <param name="Order">Newest first or by score.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (the caller bounds it).</param>
public sealed record PostQuery(
    string? Topic,
    string? Source,
    string? Community,
    TimeSpan MaxAge,
    QuestionOrder Order,
    int Page,
    int PageSize)
{
    /// <summary>Only posts naming this medication (a generic name), or any.</summary>
    public string? Medication { get; init; }

    /// <summary>Only posts whose title or body holds every word of this text (the store's full-text index), or any.</summary>
    public string? Text { get; init; }
}

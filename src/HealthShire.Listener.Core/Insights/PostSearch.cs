namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// A page of the tagged posts behind a chart point or legend entry: created on days <paramref name="From"/> to
/// <paramref name="To"/> inclusive (in the configured time zone), newest first. Crisis posts are never among them.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (the caller bounds it).</param>
public sealed record PostSearch(DateOnly From, DateOnly To, int Page, int PageSize)
{
    /// <summary>Only this topic, or any.</summary>
    public string? Topic { get; init; }

    /// <summary>Only this source, or any.</summary>
    public string? Source { get; init; }

    /// <summary>Only this community, or any.</summary>
    public string? Community { get; init; }

    /// <summary>Only posts naming this medication (a generic name), or any.</summary>
    public string? Medication { get; init; }

    /// <summary>Only posts whose title or body holds every word of this text (the store's full-text index), or any.</summary>
    public string? Text { get; init; }
}

namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// Which tagged posts to export: created on days <paramref name="From"/> to <paramref name="To"/> inclusive, of one
/// topic, source and community when they are given.
/// </summary>
public sealed record ExportQuery(DateOnly From, DateOnly To, string? Topic, bool IncludeAuthorPseudonyms)
{
    public string? Source { get; init; }

    public string? Community { get; init; }
}

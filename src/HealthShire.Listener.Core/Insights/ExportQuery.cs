namespace HealthShire.Listener.Core.Insights;

/// <summary>Which tagged posts to export: created on days <paramref name="From"/> to <paramref name="To"/> inclusive.</summary>
public sealed record ExportQuery(DateOnly From, DateOnly To, string? Topic, bool IncludeAuthorPseudonyms);

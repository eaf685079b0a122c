namespace HealthShire.Listener.Core.Insights;

/// <summary>One page of listed posts and how many match in all.</summary>
public sealed record PostPage(IReadOnlyList<ListedPost> Items, int Page, int PageSize, long Total);

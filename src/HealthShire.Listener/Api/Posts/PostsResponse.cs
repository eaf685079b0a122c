using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Posts;

/// <summary>The body of <c>GET /api/posts</c>: how many posts match, and one page of them, newest first.</summary>
internal sealed record PostsResponse(long Total, int Page, int PageSize, DateOnly From, DateOnly To, IReadOnlyList<ListedPost> Posts)
{
    /// <summary>Why a community filter matched no stored community, or null (<see cref="Communities.CommunityMatch"/>).</summary>
    public string? CommunityHint { get; init; }
}

using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Crisis;

/// <summary>The body of <c>GET /api/crisis</c>: the resources first, then one page of crisis posts, how many in all, and the age window.</summary>
internal sealed record CrisisResponse(string ResourcesText, IReadOnlyList<ListedPost> Items, int Page, int PageSize, long Total, int MaxAgeDays)
{
    /// <summary>Why a community filter matched no stored community, or null (<see cref="Communities.CommunityMatch"/>).</summary>
    public string? CommunityHint { get; init; }
}

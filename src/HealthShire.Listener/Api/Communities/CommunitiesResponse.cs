using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Communities;

/// <summary>The body of <c>GET /api/communities</c>: every community with stored posts, by source then name.</summary>
internal sealed record CommunitiesResponse(IReadOnlyList<StoredCommunity> Communities);

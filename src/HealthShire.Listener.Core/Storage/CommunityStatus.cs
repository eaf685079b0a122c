namespace HealthShire.Listener.Core.Storage;

/// <summary>Stored posts of one community of one source.</summary>
public sealed record CommunityStatus(string Source, string Community, long Posts, DateTimeOffset? NewestPostAt);

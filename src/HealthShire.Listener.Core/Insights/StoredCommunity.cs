namespace HealthShire.Listener.Core.Insights;

/// <summary>A community that has stored posts, by the name the source gave it (a subreddit, a Mastodon tag, an X query name).</summary>
public sealed record StoredCommunity(string Source, string Community);

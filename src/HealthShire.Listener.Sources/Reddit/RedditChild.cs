namespace HealthShire.Listener.Sources.Reddit;

/// <summary>One child of a listing; posts have kind "t3".</summary>
internal sealed record RedditChild(string? Kind, RedditLink? Data);

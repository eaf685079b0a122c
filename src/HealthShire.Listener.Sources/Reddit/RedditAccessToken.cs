namespace HealthShire.Listener.Sources.Reddit;

/// <summary>An app-only bearer token and how long Reddit said it lasts.</summary>
internal sealed record RedditAccessToken(string Value, TimeSpan ExpiresIn);

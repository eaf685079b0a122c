namespace HealthShire.Listener.Sources.Reddit;

/// <summary>The answer of <c>/api/v1/access_token</c>; failures come as 200 with only an error.</summary>
internal sealed record RedditTokenResponse(string? AccessToken, string? TokenType, double? ExpiresIn, string? Error);

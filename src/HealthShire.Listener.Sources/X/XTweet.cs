namespace HealthShire.Listener.Sources.X;

/// <summary>
/// A tweet as the API returns it. CreatedAt stays a string so that one odd date skips one tweet
/// instead of failing the whole page.
/// </summary>
internal sealed record XTweet(
    string? Id,
    string? Text,
    string? AuthorId,
    string? CreatedAt,
    string? ConversationId,
    string? Lang,
    XPublicMetrics? PublicMetrics);

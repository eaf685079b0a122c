namespace HealthShire.Listener.IntegrationTests.Fakes.Feeds;

/// <summary>An answer the fake blog host gives instead of the feed: a status, a body, and for 429 a Retry-After.</summary>
internal sealed record FakeFeedFault(int Status, string? Body = null, int? RetryAfterSeconds = null);

namespace HealthShire.Listener.IntegrationTests.Fakes.Feeds;

/// <summary>A request the fake blog host answered, with its conditional headers.</summary>
internal sealed record FakeFeedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, int Status);

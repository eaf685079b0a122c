namespace HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

/// <summary>A request the fake instance answered.</summary>
internal sealed record FakeMastodonRequest(string Path, string Query, string? Authorization, int Status);

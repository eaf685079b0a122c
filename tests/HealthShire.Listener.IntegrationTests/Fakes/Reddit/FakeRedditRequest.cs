namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>A request the fake server received, with the status it answered.</summary>
internal sealed record FakeRedditRequest(
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? UserAgent,
    int Status)
{
    public bool IsTokenRequest => Path == "/api/v1/access_token";
}

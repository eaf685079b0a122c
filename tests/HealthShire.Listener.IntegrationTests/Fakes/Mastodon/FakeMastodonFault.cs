namespace HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

/// <summary>
/// Something the fake instance does instead of answering normally: a status code (429 sends rate-limit headers whose
/// reset is <see cref="ResetAt"/> and no Retry-After), or a body that is not a timeline.
/// </summary>
internal sealed record FakeMastodonFault(int Status, string? Body = null, DateTimeOffset? ResetAt = null)
{
    public static FakeMastodonFault TooManyRequests(DateTimeOffset resetAt) => new(429, ResetAt: resetAt);

    public static FakeMastodonFault ServerError(int status = 503) => new(status);

    public static FakeMastodonFault HtmlBody() => new(200, "<html><body>502 upstream trouble</body></html>");

    public static FakeMastodonFault Truncated() => new(200, """[{"id":"1","uri":"https://x.example/users/a/statuses/1","crea""");

    public static FakeMastodonFault NotAList() => new(200, """{"error":"This method requires an authenticated user"}""");
}

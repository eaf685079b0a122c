using System.Net;

namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>Something the fake server does instead of (or before) answering normally.</summary>
internal sealed record FakeRedditFault(FakeRedditFaultKind Kind, HttpStatusCode Status, TimeSpan Delay)
{
    public string? Location { get; init; }

    public static FakeRedditFault RedirectTo(string location) =>
        new(FakeRedditFaultKind.Redirect, HttpStatusCode.Found, TimeSpan.Zero) { Location = location };

    public static FakeRedditFault SlowBody(TimeSpan delay) => new(FakeRedditFaultKind.SlowBody, HttpStatusCode.OK, delay);

    public static FakeRedditFault EndlessBody() => new(FakeRedditFaultKind.EndlessBody, HttpStatusCode.OK, TimeSpan.Zero);

    public static FakeRedditFault WithStatus(HttpStatusCode status) => new(FakeRedditFaultKind.Status, status, TimeSpan.Zero);

    /// <summary>A 429 whose Retry-After is whole seconds (0 or 1 keeps tests fast).</summary>
    public static FakeRedditFault TooManyRequests(int retryAfterSeconds) =>
        new(FakeRedditFaultKind.TooManyRequests, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(retryAfterSeconds));

    public static FakeRedditFault Slow(TimeSpan delay) => new(FakeRedditFaultKind.Slow, HttpStatusCode.OK, delay);

    public static FakeRedditFault TruncatedBody() => new(FakeRedditFaultKind.TruncatedBody, HttpStatusCode.OK, TimeSpan.Zero);

    public static FakeRedditFault MalformedJson() => new(FakeRedditFaultKind.MalformedJson, HttpStatusCode.OK, TimeSpan.Zero);

    public static FakeRedditFault BadItems() => new(FakeRedditFaultKind.BadItems, HttpStatusCode.OK, TimeSpan.Zero);

    public static FakeRedditFault WrongShape() => new(FakeRedditFaultKind.WrongShape, HttpStatusCode.OK, TimeSpan.Zero);
}

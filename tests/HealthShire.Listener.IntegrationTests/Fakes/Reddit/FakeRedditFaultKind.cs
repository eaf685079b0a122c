namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

internal enum FakeRedditFaultKind
{
    /// <summary>Answer with a status code and a small JSON error body.</summary>
    Status,

    /// <summary>Answer 429 with Retry-After.</summary>
    TooManyRequests,

    /// <summary>Wait before answering normally.</summary>
    Slow,

    /// <summary>Answer 200 with the first half of the JSON body.</summary>
    TruncatedBody,

    /// <summary>Answer 200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>Answer 200 with JSON that is not a listing.</summary>
    WrongShape,

    /// <summary>A valid listing in which posts titled <c>BAD-ESCAPE</c> carry an unpaired surrogate escape and the post with id <c>badnum</c> a number for its id.</summary>
    BadItems,

    /// <summary>A 302 to <see cref="FakeRedditFault.Location"/>.</summary>
    Redirect,

    /// <summary>The headers and half the body at once, the rest after <see cref="FakeRedditFault.Delay"/>.</summary>
    SlowBody,

    /// <summary>A 200 whose body never ends.</summary>
    EndlessBody,
}

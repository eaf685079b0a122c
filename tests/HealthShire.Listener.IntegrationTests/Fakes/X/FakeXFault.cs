namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>What the fake X server answers instead of the real response.</summary>
public enum FakeXFault
{
    /// <summary>Answer normally (used to let requests pass before a fault).</summary>
    None,

    /// <summary>429 with X's problem body and a reset one second ahead.</summary>
    TooManyRequests,

    /// <summary>503 Service Unavailable.</summary>
    ServerError,

    /// <summary>200 with the first half of a valid body.</summary>
    TruncatedBody,

    /// <summary>200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>403 client-not-enrolled, as for an app without access to the endpoint.</summary>
    Forbidden,
}

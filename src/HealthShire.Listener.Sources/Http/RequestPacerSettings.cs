namespace HealthShire.Listener.Sources.Http;

/// <summary>How one API's requests are spaced.</summary>
/// <param name="Api">The API name used in log messages.</param>
/// <param name="Enabled">When false only 429 answers cause waits (benchmarks, tests).</param>
/// <param name="MinInterval">The least time between two request starts.</param>
/// <param name="LowRemaining">At or below this many requests left, the rest are spread over the window.</param>
/// <param name="DefaultRetryAfter">The wait after a 429 that names no Retry-After and no reset.</param>
internal sealed record RequestPacerSettings(
    string Api,
    bool Enabled,
    TimeSpan MinInterval,
    double LowRemaining,
    TimeSpan DefaultRetryAfter);

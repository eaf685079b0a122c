namespace HealthShire.Listener.Sources.X;

internal enum XCallOutcome
{
    Ok,

    /// <summary>401 or 403: a bad token or a tier without access; retrying within the pass is pointless.</summary>
    Unauthorized,

    /// <summary>Anything else that left no usable body: 4xx, 5xx after retries, malformed JSON, rate limit too long.</summary>
    Failed,
}

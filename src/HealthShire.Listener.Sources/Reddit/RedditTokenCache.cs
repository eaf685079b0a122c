namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// Holds the current app-only token for every Reddit request and renews it shortly before it
/// expires. Singleton; one renewal at a time. After a failed token request the next ones wait
/// <see cref="FailureBackoff"/>, so a token endpoint that is down costs a pass one wait, not one per subreddit.
/// </summary>
internal sealed class RedditTokenCache(TimeProvider timeProvider) : IDisposable
{
    /// <summary>How long after a failed token request no other is made.</summary>
    public static readonly TimeSpan FailureBackoff = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _renewAt;
    private DateTimeOffset _failedUntil;

    public async Task<string?> GetAsync(
        Func<CancellationToken, Task<RedditAccessToken?>> requestToken,
        CancellationToken cancellationToken)
    {
        if (Current() is { } current)
        {
            return current;
        }

        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Current() is { } renewedMeanwhile)
            {
                return renewedMeanwhile;
            }

            if (timeProvider.GetUtcNow() < _failedUntil)
            {
                return null;
            }

            var fresh = await requestToken(cancellationToken).ConfigureAwait(false);
            if (fresh is null)
            {
                _failedUntil = timeProvider.GetUtcNow() + FailureBackoff;
                return null;
            }

            // Short-lived tokens keep half their life as margin rather than the full minute.
            var margin = fresh.ExpiresIn / 2 < RenewalMargin ? fresh.ExpiresIn / 2 : RenewalMargin;
            lock (_gate)
            {
                _token = fresh.Value;
                _renewAt = timeProvider.GetUtcNow() + fresh.ExpiresIn - margin;
            }

            return fresh.Value;
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>Forgets a token the API rejected, unless it was already replaced.</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (string.Equals(_token, token, StringComparison.Ordinal))
            {
                _token = null;
            }
        }
    }

    public void Dispose() => _renewal.Dispose();

    private string? Current()
    {
        lock (_gate)
        {
            return _token is not null && timeProvider.GetUtcNow() < _renewAt ? _token : null;
        }
    }
}

using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Http;

/// <summary>
/// Spaces the requests to one API: a minimum interval between starts, and, from the rate-limit
/// headers of earlier answers, the remaining budget spread over what is left of the window.
/// One instance is shared by every request to the API, so callers reserve their turn under a lock.
/// </summary>
internal sealed class RequestPacer(RequestPacerSettings settings, TimeProvider timeProvider, ILogger logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _nextStartAt;
    private double? _remaining;
    private DateTimeOffset? _resetAt;

    public RequestPacerSettings Settings => settings;

    /// <summary>Waits until the next request may start; returns at once when pacing is off.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        var (delay, reason) = ReserveTurn();
        if (delay > TimeSpan.Zero)
        {
            HttpLog.PacingWait(logger, settings.Api, delay, reason);
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records what an answer's rate-limit headers said.</summary>
    public void Observe(RateLimitSnapshot snapshot)
    {
        if (snapshot.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            _remaining = snapshot.Remaining ?? _remaining;
            if (snapshot.ResetAfter is { } resetAfter)
            {
                _resetAt = timeProvider.GetUtcNow() + resetAfter;
            }
        }
    }

    /// <summary>Waits after a 429 answer, whether or not pacing is on, then lets the caller ask again.</summary>
    public Task WaitAfterTooManyRequestsAsync(TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var (delay, basis) = retryAfter is { } given
            ? (given, "Retry-After")
            : UntilReset() is { } untilReset
                ? (untilReset, "rate-limit reset")
                : (settings.DefaultRetryAfter, "default");
        return WaitAfterTooManyRequestsAsync(delay, basis, cancellationToken);
    }

    /// <summary>Waits a delay the caller worked out after a 429 (<paramref name="basis"/> says from what).</summary>
    public async Task WaitAfterTooManyRequestsAsync(TimeSpan delay, string basis, CancellationToken cancellationToken)
    {
        HttpLog.TooManyRequestsWait(logger, settings.Api, delay, basis);
        lock (_gate)
        {
            _remaining = null;
        }

        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    private (TimeSpan Delay, string Reason) ReserveTurn()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var delay = TimeSpan.Zero;
            var reason = "";
            if (_nextStartAt is { } nextStart && nextStart > now)
            {
                delay = nextStart - now;
                reason = "the minimum interval between requests has not passed";
            }

            var untilReset = _resetAt is { } resetAt && resetAt > now ? resetAt - now : TimeSpan.Zero;
            if (_remaining is { } remaining && untilReset > TimeSpan.Zero)
            {
                var budgetDelay = remaining < 1 ? untilReset : untilReset / remaining;
                if (remaining <= settings.LowRemaining && budgetDelay > delay)
                {
                    delay = budgetDelay;
                    reason = remaining < 1
                        ? "the rate-limit budget is used up until the window resets"
                        : $"only {remaining:0} requests are left in the rate-limit window";
                }

                // Count this request against the budget until the answer's headers say otherwise.
                _remaining = Math.Max(0, remaining - 1);
            }

            _nextStartAt = now + delay + settings.MinInterval;
            return (delay, reason);
        }
    }

    private TimeSpan? UntilReset()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            return _resetAt is { } resetAt && resetAt > now ? resetAt - now : null;
        }
    }
}

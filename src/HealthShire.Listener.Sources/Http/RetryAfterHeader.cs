namespace HealthShire.Listener.Sources.Http;

/// <summary>Reads a response's Retry-After header, which may be a number of seconds or a date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? GetDelay(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var delay = date - timeProvider.GetUtcNow();
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }
}

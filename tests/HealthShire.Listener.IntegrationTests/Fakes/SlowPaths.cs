using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace HealthShire.Listener.IntegrationTests.Fakes;

/// <summary>Requests a fake server answers late (a slow upstream, to stop or kill a collector in the middle of a pass).</summary>
internal sealed class SlowPaths
{
    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string urlContains, TimeSpan delay) => _delays[urlContains] = delay;

    /// <summary>Waits as long as the first matching rule says; false when the client went away meanwhile.</summary>
    public async Task<bool> WaitAsync(HttpContext context)
    {
        var url = (context.Request.Path.Value ?? "") + context.Request.QueryString.Value;
        var delay = _delays.FirstOrDefault(d => url.Contains(d.Key, StringComparison.OrdinalIgnoreCase)).Value;
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

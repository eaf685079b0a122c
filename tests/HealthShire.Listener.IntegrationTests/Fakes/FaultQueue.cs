namespace HealthShire.Listener.IntegrationTests.Fakes;

/// <summary>Faults a fake server applies to the next requests whose path and query contain a given text. Thread-safe.</summary>
internal sealed class FaultQueue<TFault>
    where TFault : class
{
    private readonly Lock _gate = new();
    private readonly List<(TFault Fault, string? UrlContains)> _faults = [];

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> matching requests (null: any request).</summary>
    public void Add(TFault fault, int times, string? urlContains)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((fault, urlContains));
            }
        }
    }

    /// <summary>The first queued fault for <paramref name="url"/>, removed from the queue; null when none matches.</summary>
    public TFault? Take(string url)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.UrlContains is not { } part || url.Contains(part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }
}

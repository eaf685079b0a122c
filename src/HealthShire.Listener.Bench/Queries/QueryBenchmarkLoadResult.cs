namespace HealthShire.Listener.Bench.Queries;

/// <summary>What the load on <c>/api/trends</c> did.</summary>
internal sealed record QueryBenchmarkLoadResult(long Ok, long Errors, TimeSpan Elapsed, bool CollectionPassStored)
{
    public double RequestsPerSecond => Ok / Elapsed.TotalSeconds;
}

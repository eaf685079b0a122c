namespace HealthShire.Listener.Bench;

/// <summary>How big the seeded store is and how hard <c>/api/trends</c> is loaded.</summary>
internal sealed record QueryBenchmarkSettings(int Posts = 1_000_000, int Concurrency = 8, TimeSpan? Duration = null)
{
    public TimeSpan LoadDuration => Duration ?? TimeSpan.FromSeconds(10);
}

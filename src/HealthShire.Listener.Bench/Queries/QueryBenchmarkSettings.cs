namespace HealthShire.Listener.Bench.Queries;

/// <summary>
/// How big the seeded store is, how hard <c>/api/trends</c> is loaded, and on which store: a temporary SQLite file, or
/// the empty PostgreSQL database that <paramref name="PostgresConnectionString"/> names.
/// </summary>
internal sealed record QueryBenchmarkSettings(int Posts = 1_000_000, int Concurrency = 8, TimeSpan? Duration = null, string? PostgresConnectionString = null)
{
    public TimeSpan LoadDuration => Duration ?? TimeSpan.FromSeconds(10);
}

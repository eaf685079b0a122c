namespace HealthShire.Listener.Classifier.Benchmark;

internal sealed record BenchmarkResult(string ModelVersion, int Posts, int BatchSize, TimeSpan LoadTime, TimeSpan ClassifyTime)
{
    public double PostsPerSecond => Posts / Math.Max(ClassifyTime.TotalSeconds, 1e-9);
}

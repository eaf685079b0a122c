namespace HealthShire.Listener.Classifier.Benchmark;

/// <param name="ShortHeadShare">The share of the posts (0–1) that also go through the short-text topic head.</param>
internal sealed record BenchmarkResult(string ModelVersion, int Posts, int BatchSize, TimeSpan LoadTime, TimeSpan ClassifyTime, double ShortHeadShare)
{
    public double PostsPerSecond => Posts / Math.Max(ClassifyTime.TotalSeconds, 1e-9);
}

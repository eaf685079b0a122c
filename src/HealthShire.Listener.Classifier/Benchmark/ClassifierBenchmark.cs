using System.Diagnostics;
using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Benchmark;

/// <summary>The logic behind the bench command: model load time and classified posts per second, featurization included.</summary>
internal static class ClassifierBenchmark
{
    public static async Task<BenchmarkResult> RunAsync(string modelPath, string csvPath, int batchSize, CancellationToken cancellationToken)
    {
        var file = await PostCsvReader.ReadAsync(csvPath, cancellationToken);
        var texts = file.Posts.Select(p => new PostText(p.Title, p.Body)).ToList();

        var load = Stopwatch.StartNew();
        var classifier = new MlPostClassifier(ClassifierModel.Load(ModelPathResolver.Resolve(modelPath)));
        load.Stop();

        // Warm up on a slice first so that start-up JIT (tiered compilation) is not counted as throughput.
        foreach (var batch in texts.Take(Math.Min(texts.Count, 4 * batchSize)).Chunk(batchSize))
        {
            classifier.Classify(batch);
        }

        var run = Stopwatch.StartNew();
        foreach (var batch in texts.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            classifier.Classify(batch);
        }

        run.Stop();
        return new BenchmarkResult(classifier.ModelVersion, texts.Count, batchSize, load.Elapsed, run.Elapsed);
    }
}

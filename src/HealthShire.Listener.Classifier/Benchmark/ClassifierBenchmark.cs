using System.Diagnostics;
using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Benchmark;

/// <summary>The logic behind the bench command: model load time and classified posts per second, featurization included.</summary>
internal static class ClassifierBenchmark
{
    /// <summary>A round repeats the file until at least this many posts are classified, so one round lasts seconds, not a blink.</summary>
    public const int MinPostsPerRound = 50_000;

    public const int Rounds = 5;

    /// <summary>The result's time and post count are those of the median round: single rounds swing with the machine's other work.</summary>
    public static async Task<BenchmarkResult> RunAsync(string modelPath, string csvPath, int batchSize, CancellationToken cancellationToken)
    {
        var file = await PostCsvReader.ReadAsync(csvPath, cancellationToken);
        var texts = file.Posts.Select(p => new PostText(p.Title, p.Body)).ToList();
        if (texts.Count == 0)
        {
            throw new ClassifierInputException($"Data file '{csvPath}' has no posts to classify.");
        }

        var load = Stopwatch.StartNew();
        var classifier = new MlPostClassifier(ClassifierModel.Load(ModelPathResolver.Resolve(modelPath)));
        load.Stop();

        // Warm up on a slice first so that start-up JIT (tiered compilation) is not counted as throughput.
        foreach (var batch in texts.Take(Math.Min(texts.Count, 4 * batchSize)).Chunk(batchSize))
        {
            classifier.Classify(batch);
        }

        var batches = texts.Chunk(batchSize).ToList();
        var repeats = (MinPostsPerRound + texts.Count - 1) / texts.Count;
        var rounds = new List<TimeSpan>(Rounds);
        for (var round = 0; round < Rounds; round++)
        {
            var run = Stopwatch.StartNew();
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                foreach (var batch in batches)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    classifier.Classify(batch);
                }
            }

            rounds.Add(run.Elapsed);
        }

        rounds.Sort();
        var shortShare = (double)texts.Count(classifier.TakesShortHead) / texts.Count;
        return new BenchmarkResult(classifier.ModelVersion, repeats * texts.Count, batchSize, load.Elapsed, rounds[Rounds / 2], shortShare);
    }
}

using System.CommandLine;
using System.Globalization;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Benchmark;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Bench.Classify;

/// <summary><c>classify</c>: the shipped model's load time and classified posts per second over real posts.</summary>
internal sealed class ClassifyBenchmark : IBenchmark
{
    private const int BatchSize = 1024;

    public string Name => "classify";

    public IReadOnlyList<Option> Options => [];

    public bool RunsOnPostgres => false;

    public async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        if (run.DataPath is null)
        {
            await run.Output.WriteLineAsync("classify: skipped (needs real posts: --data FILE.csv)");
            return;
        }

        var modelPath = run.Host.Services.GetRequiredService<IOptions<ClassifierOptions>>().Value.ModelPath;
        var result = await ClassifierBenchmark.RunAsync(modelPath, run.DataPath, BatchSize, cancellationToken);
        await run.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"classify: {result.Posts} posts from {Path.GetFileName(run.DataPath)} in {result.ClassifyTime.TotalSeconds:0.00} s = {result.PostsPerSecond:0} posts/s; model {result.ModelVersion} load {result.LoadTime.TotalMilliseconds:0} ms; "
            + $"{result.ShortHeadShare:P1} of the posts are short and also take the short-text topic head (both heads on one pass, measured in the figure above); process working set {Environment.WorkingSet / 1e6:0} MB"));
    }
}

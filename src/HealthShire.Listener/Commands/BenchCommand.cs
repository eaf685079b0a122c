using System.CommandLine;
using System.Globalization;
using HealthShire.Listener.Bench;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Benchmark;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>bench [--only ingest|classify|queries] [--posts N] [--seed-posts N] [--data FILE.csv] [--postgres CONNECTION]</c>: measures and prints
/// throughput and latency figures.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var only = new Option<string?>("--only") { Description = "Run one benchmark: ingest, classify or queries." };
        only.AcceptOnlyFromAmong("ingest", "classify", "queries");
        var posts = new Option<int>("--posts")
        {
            Description = "Posts per source for the ingest benchmark.",
            DefaultValueFactory = _ => 20_000,
        };
        posts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 100 or > 1_000_000)
            {
                r.AddError("--posts must be between 100 and 1000000.");
            }
        });
        var seedPosts = new Option<int>("--seed-posts")
        {
            Description = "Posts seeded for the query benchmark (trends, open questions, /api/trends under load).",
            DefaultValueFactory = _ => 1_000_000,
        };
        seedPosts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1000 or > 5_000_000)
            {
                r.AddError("--seed-posts must be between 1000 and 5000000.");
            }
        });
        var data = new Option<string?>("--data")
        {
            Description = "Labelled CSV whose real posts are used (default: ../shared/data/reddit-mh/dev.csv when present).",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Run the ingest or query benchmark (with --only) on this empty PostgreSQL database (a connection string) instead of temporary SQLite files.",
        };
        var command = new Command("bench", "Measure ingest throughput, classification speed, model load time and query latency.")
        {
            only,
            posts,
            seedPosts,
            data,
            postgres,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(postgres) is not null && r.GetValue(only) is not ("ingest" or "queries"))
            {
                r.AddError("--postgres needs --only ingest or --only queries: each fills an empty database of its own.");
            }
        });
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var which = parseResult.GetValue(only);
                var dataPath = parseResult.GetValue(data) ?? BenchTexts.FindSharedDevCsv();
                if (dataPath is not null && !File.Exists(dataPath))
                {
                    throw new ClassifierInputException($"Data file '{dataPath}' does not exist.");
                }

                if (parseResult.GetValue(postgres) is { } database)
                {
                    await BenchPostgresDatabase.EnsureEmptyAsync(database, token);
                }

                if (which is null or "classify")
                {
                    await ClassifyAsync(app, dataPath, output, token);
                }

                if (which is null or "ingest")
                {
                    await IngestBenchmark.RunAsync(parseResult.GetValue(posts), dataPath, parseResult.GetValue(postgres), output, token);
                }

                if (which is null or "queries")
                {
                    await QueryBenchmark.RunAsync(
                        new QueryBenchmarkSettings(parseResult.GetValue(seedPosts), PostgresConnectionString: parseResult.GetValue(postgres)),
                        output,
                        token);
                }

                return 0;
            },
            ct,
            usesStore: false));
        return command;
    }

    private static async Task ClassifyAsync(IHost app, string? dataPath, TextWriter output, CancellationToken cancellationToken)
    {
        if (dataPath is null)
        {
            await output.WriteLineAsync("classify: skipped (needs real posts: --data FILE.csv)");
            return;
        }

        var modelPath = app.Services.GetRequiredService<IOptions<ClassifierOptions>>().Value.ModelPath;
        var result = await ClassifierBenchmark.RunAsync(modelPath, dataPath, batchSize: 1024, cancellationToken);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"classify: {result.Posts} posts from {Path.GetFileName(dataPath)} in {result.ClassifyTime.TotalSeconds:0.00} s = {result.PostsPerSecond:0} posts/s; model {result.ModelVersion} load {result.LoadTime.TotalMilliseconds:0} ms"));
    }
}

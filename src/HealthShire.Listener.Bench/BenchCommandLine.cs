using System.CommandLine;
using HealthShire.Listener.Bench.Bluesky;
using HealthShire.Listener.Bench.Classify;
using HealthShire.Listener.Bench.Import;
using HealthShire.Listener.Bench.Ingest;
using HealthShire.Listener.Bench.Queries;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Commands;

namespace HealthShire.Listener.Bench;

/// <summary>
/// <c>[--only NAME] [--data FILE.csv] [--postgres CONNECTION]</c> and each benchmark's own options: measures and prints
/// throughput and latency figures. A new benchmark is one <see cref="IBenchmark"/> class added to <see cref="Benchmarks"/>.
/// </summary>
internal static class BenchCommandLine
{
    /// <summary>Every benchmark, in the order a full run runs them.</summary>
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } = [new ClassifyBenchmark(), new IngestBenchmark(), new QueryBenchmark(), new BlueskyBenchmark(), new ImportBenchmark()];

    public static Task<int> InvokeAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        TextReader input,
        Action<IConfigurationBuilder>? configure,
        CancellationToken cancellationToken = default)
    {
        var environment = new CommandEnvironment(configure);
        var only = new Option<string?>("--only") { Description = $"Run one benchmark: {string.Join(", ", Benchmarks.Select(b => b.Name))}." };
        only.AcceptOnlyFromAmong([.. Benchmarks.Select(b => b.Name)]);
        var data = new Option<string?>("--data")
        {
            Description = "Labelled CSV whose real posts are used (default: ../shared/data/reddit-mh/dev.csv when present).",
        };
        var onPostgres = Benchmarks.Where(b => b.RunsOnPostgres).Select(b => b.Name).ToList();
        var postgres = new Option<string?>("--postgres")
        {
            Description = $"Run the {string.Join(" or ", onPostgres)} benchmark (with --only) on this empty PostgreSQL database (a connection string) instead of temporary SQLite files.",
        };
        var root = new RootCommand("Measure ingest throughput, classification speed, model load time and query latency.")
        {
            only,
            data,
            postgres,
            SourceServerCommand.Create(input),
        };
        foreach (var option in Benchmarks.SelectMany(b => b.Options))
        {
            root.Options.Add(option);
        }

        root.Validators.Add(r =>
        {
            if (r.GetValue(postgres) is not null && !onPostgres.Contains(r.GetValue(only) ?? string.Empty))
            {
                r.AddError($"--postgres needs {string.Join(" or ", onPostgres.Select(n => "--only " + n))}: each fills an empty database of its own.");
            }
        });
        root.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                var dataPath = parseResult.GetValue(data) ?? BenchTexts.FindSharedDevCsv();
                if (dataPath is not null && !File.Exists(dataPath))
                {
                    throw new ClassifierInputException($"Data file '{dataPath}' does not exist.");
                }

                var database = parseResult.GetValue(postgres);
                if (database is not null)
                {
                    await BenchPostgresDatabase.EnsureEmptyAsync(database, token);
                }

                var run = new BenchRun(parseResult, app, dataPath, database, writer);
                foreach (var benchmark in Benchmarks.Where(b => parseResult.GetValue(only) is not { } name || name == b.Name))
                {
                    await benchmark.RunAsync(run, token);
                }

                return 0;
            },
            ct,
            usesStore: false));
        return ListenerCommandLine.InvokeAsync(root, args, output, error, cancellationToken);
    }
}

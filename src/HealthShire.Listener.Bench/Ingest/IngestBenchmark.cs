using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Bench.Ingest;

/// <summary>
/// Ingest throughput: the real sources, classifier and SQLite store, fed by a loopback server (in
/// its own process) with pacing off, so the figure is parse + classify + store per second.
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    private const int RedditPostsPerSubreddit = 1000;

    /// <summary>Synthetic authors need no secret; one fixed key serves both runs on one database.</summary>
    private const string BenchPseudonymKey = "62656e63682d6b65792d6e6f742d736563726574";

    private readonly Option<int> _posts = BenchOptions.Count("--posts", "Posts per source for the ingest benchmark.", 20_000, 100, 1_000_000);

    public string Name => "ingest";

    public IReadOnlyList<Option> Options => [_posts];

    public bool RunsOnPostgres => true;

    /// <summary>Runs the benchmark on temporary SQLite files, or on the empty PostgreSQL database the run names.</summary>
    public async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var (postsPerSource, dataPath, postgres, output) = (run.ParseResult.GetValue(_posts), run.DataPath, run.PostgresConnectionString, run.Output);
        // Real passes come one community at a time: a subreddit's listing depth, an X query's backfill.
        var communities = Math.Max(1, postsPerSource / RedditPostsPerSubreddit);
        await using var server = await SourceServerProcess.StartAsync(
            Math.Min(postsPerSource, RedditPostsPerSubreddit), dataPath, cancellationToken);

        var folder = Directory.CreateTempSubdirectory("listener-bench-");
        try
        {
            // A small pass of each source into a throwaway store first, so JIT and first-connection costs are not counted.
            var warmup = Settings(folder.FullName, "warmup", server.BaseUrl, 1, 200, postgres);
            await RunPassesAsync(warmup, output: null, cancellationToken);
            var settings = Settings(folder.FullName, "bench", server.BaseUrl, communities, postsPerSource, postgres);
            await output.WriteLineAsync(
                $"ingest: {server.Texts} distinct texts ({(dataPath is null ? "generated" : Path.GetFileName(dataPath))}), " +
                $"{communities} communities per source, pacing off, {(postgres is null ? "SQLite" : "PostgreSQL")} store");
            // The peak of the measured passes alone, not of a benchmark that ran before in this process: its garbage is
            // collected and its memory given back first.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var reset = PeakWorkingSet.TryReset();
            await RunPassesAsync(settings, output, cancellationToken);
            var scope = reset ? "during the measured passes" : "of the whole process";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest peak memory: {PeakWorkingSet.Megabytes():0} MB working set {scope} (target < 200 MB; the loopback source server runs in its own process)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunPassesAsync(Dictionary<string, string?> settings, TextWriter? output, CancellationToken cancellationToken)
    {
        using var app = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(settings));
        await app.Services.GetRequiredService<IPostStore>().MigrateAsync(cancellationToken);
        var load = Stopwatch.StartNew();
        var classifier = app.Services.GetRequiredService<IPostClassifier>();
        classifier.Classify([new PostText("warm up", "warm up")]);
        load.Stop();
        if (output is not null)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest model {classifier.ModelVersion} ready in {load.Elapsed.TotalMilliseconds:0} ms; {WorkingSetMegabytes():0} MB working set before ingesting"));
        }

        var registry = app.Services.GetRequiredService<SourceRegistry>();
        var pipeline = app.Services.GetRequiredService<ListeningPipeline>();
        foreach (var source in registry.EnabledSources(app.Services.GetServices<IPostSource>()))
        {
            var clock = Stopwatch.StartNew();
            var result = await pipeline.RunAsync(source, cancellationToken);
            clock.Stop();
            if (output is not null)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"ingest {source.Name,-6}: {result.Inserted,7} posts stored in {clock.Elapsed.TotalSeconds,6:0.00} s = {result.Inserted / clock.Elapsed.TotalSeconds,8:0} posts/s (target ≥ 5,000)"));
            }
        }
    }

    private static double WorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    private static Dictionary<string, string?> Settings(string folder, string prefix, string serverUrl, int communities, int posts, string? postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, prefix + ".db")}",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", prefix + "-.log"),
            ["Sources:Reddit:ApiBaseUrl"] = serverUrl,
            ["Sources:Reddit:AuthBaseUrl"] = serverUrl,
            ["Sources:Reddit:ClientId"] = "bench",
            ["Sources:Reddit:ClientSecret"] = "bench",
            ["Sources:Reddit:PacingEnabled"] = "false",
            ["Sources:Reddit:BackfillPosts"] = Math.Min(posts, RedditPostsPerSubreddit).ToString(CultureInfo.InvariantCulture),
            ["Sources:X:Enabled"] = "true",
            ["Sources:X:BaseUrl"] = serverUrl,
            ["Sources:X:BearerToken"] = "bench",
            ["Sources:X:PacingEnabled"] = "false",
            ["Sources:X:BackfillPosts"] = Math.Min(posts, RedditPostsPerSubreddit).ToString(CultureInfo.InvariantCulture),
            ["Sources:X:MonthlyReadBudget"] = "100000000",
        };
        if (postgres is not null)
        {
            // One database for the warm-up and the measured passes: their communities differ, so every measured post is new.
            settings["Store:Provider"] = "Postgres";
            settings["Store:ConnectionString"] = postgres;
            settings["Store:PseudonymKey"] = BenchPseudonymKey;
        }

        for (var i = 0; i < communities; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            settings[$"Sources:Reddit:Subreddits:{i}"] = name;
            settings[$"Sources:X:Queries:{i}:Name"] = name;
            settings[$"Sources:X:Queries:{i}:Terms:0"] = name;
        }

        return settings;
    }
}

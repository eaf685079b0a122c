using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Bench;

/// <summary>
/// Ingest throughput: the real sources, classifier and SQLite store, fed by a loopback server with
/// pacing off, so the figure is parse + classify + store per second.
/// </summary>
internal static class IngestBenchmark
{
    private const int RedditPostsPerSubreddit = 1000;

    public static async Task RunAsync(int postsPerSource, string? dataPath, TextWriter output, CancellationToken cancellationToken)
    {
        var texts = await BenchTexts.LoadAsync(dataPath, postsPerSource, cancellationToken);
        var subreddits = Math.Max(1, postsPerSource / RedditPostsPerSubreddit);
        await using var server = new SyntheticSourceServer(texts, Math.Min(postsPerSource, RedditPostsPerSubreddit));
        await server.StartAsync(cancellationToken);
        var xServer = new SyntheticSourceServer(texts, postsPerSource);
        await using var xServerScope = xServer;
        await xServer.StartAsync(cancellationToken);

        var folder = Directory.CreateTempSubdirectory("listener-bench-");
        try
        {
            var settings = Settings(folder.FullName, server.BaseUrl, xServer.BaseUrl, subreddits, postsPerSource);
            await using var app = ListenerHost.Build(ListenerRole.Command, c => c.AddInMemoryCollection(settings));
            await app.Services.GetRequiredService<IPostStore>().MigrateAsync(cancellationToken);
            var load = Stopwatch.StartNew();
            var classifier = app.Services.GetRequiredService<IPostClassifier>();
            classifier.Classify([new PostText("warm up", "warm up")]);
            load.Stop();
            await output.WriteLineAsync(
                $"ingest: {texts.Count} distinct texts ({(dataPath is null ? "generated" : Path.GetFileName(dataPath))}), " +
                $"model {classifier.ModelVersion} loaded in {load.Elapsed.TotalMilliseconds:0} ms");

            var registry = app.Services.GetRequiredService<SourceRegistry>();
            var pipeline = app.Services.GetRequiredService<ListeningPipeline>();
            foreach (var source in registry.Enabled)
            {
                var clock = Stopwatch.StartNew();
                var result = await pipeline.RunAsync(source, cancellationToken);
                clock.Stop();
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"ingest {source.Name,-6}: {result.Inserted,7} posts stored in {clock.Elapsed.TotalSeconds,6:0.00} s = {result.Inserted / clock.Elapsed.TotalSeconds,8:0} posts/s"));
            }

            using var process = Process.GetCurrentProcess();
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest peak memory: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB working set (whole process, loopback servers included)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(string folder, string redditUrl, string xUrl, int subreddits, int posts)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "bench-.log"),
            ["Sources:Reddit:ApiBaseUrl"] = redditUrl,
            ["Sources:Reddit:AuthBaseUrl"] = redditUrl,
            ["Sources:Reddit:ClientId"] = "bench",
            ["Sources:Reddit:ClientSecret"] = "bench",
            ["Sources:Reddit:PacingEnabled"] = "false",
            ["Sources:Reddit:BackfillPosts"] = Math.Min(posts, RedditPostsPerSubreddit).ToString(CultureInfo.InvariantCulture),
            ["Sources:X:Enabled"] = "true",
            ["Sources:X:BaseUrl"] = xUrl,
            ["Sources:X:BearerToken"] = "bench",
            ["Sources:X:PacingEnabled"] = "false",
            ["Sources:X:BackfillPosts"] = posts.ToString(CultureInfo.InvariantCulture),
            ["Sources:X:MonthlyReadBudget"] = "100000000",
            ["Sources:X:Queries:0:Name"] = "bench",
            ["Sources:X:Queries:0:Terms:0"] = "bench",
        };
        for (var i = 0; i < subreddits; i++)
        {
            settings[$"Sources:Reddit:Subreddits:{i}"] = "bench" + i.ToString(CultureInfo.InvariantCulture);
        }

        return settings;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace HealthShire.Listener.Bench.Queries;

/// <summary>
/// Seeds a temporary store, measures the trends and open-question queries, then loads
/// <c>/api/trends</c> on the real worker over loopback. Targets: trends p95 ≤ 20 ms, questions
/// p95 ≤ 50 ms, ≥ 2,000 requests/s without errors.
/// </summary>
internal sealed class QueryBenchmark : IBenchmark
{
    private const int BatchSize = 5_000;
    private const int Samples = 400;
    private const int MarkedPosts = 1_000;
    private const int CollectionPassPosts = 500;
    private const string BenchKey = "bench-key-not-secret-0123456789abcdef";

    private readonly Option<int> _seedPosts = BenchOptions.Count(
        "--seed-posts", "Posts seeded for the query benchmark (trends, open questions, /api/trends under load).", 1_000_000, 1000, 5_000_000);

    public string Name => "queries";

    public IReadOnlyList<Option> Options => [_seedPosts];

    public bool RunsOnPostgres => true;

    public Task RunAsync(BenchRun run, CancellationToken cancellationToken) =>
        MeasureAsync(new QueryBenchmarkSettings(run.ParseResult.GetValue(_seedPosts), PostgresConnectionString: run.PostgresConnectionString), run.Output, cancellationToken);

    private static async Task MeasureAsync(QueryBenchmarkSettings settings, TextWriter output, CancellationToken ct)
    {
        var directory = Directory.CreateTempSubdirectory("listener-bench-").FullName;
        try
        {
            var configuration = new Dictionary<string, string?>
            {
                ["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "bench.db")}",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(directory, "logs", "bench-.log"),
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Api:Urls"] = "http://127.0.0.1:0",
                ["Api:ApiKeys:0"] = BenchKey,
                ["Sources:Reddit:Enabled"] = "false",
                ["Sources:X:Enabled"] = "false",
            };
            if (settings.PostgresConnectionString is { } postgres)
            {
                configuration["Store:Provider"] = "Postgres";
                configuration["Store:ConnectionString"] = postgres;
                configuration["Store:PseudonymKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            }

            await using var app = ListenerHost.BuildWorker(c => c.AddInMemoryCollection(configuration));
            await app.StartAsync(ct);
            var store = app.Services.GetRequiredService<IPostStore>();
            await output.WriteLineAsync(settings.PostgresConnectionString is null ? "queries on a temporary SQLite store" : "queries on PostgreSQL (clustered scheduler on the same database)");
            var time = app.Services.GetRequiredService<TimeProvider>();
            await SeedAsync(store, settings.Posts, time.GetUtcNow(), output, ct);

            var insights = app.Services.GetRequiredService<IInsightsStore>();
            await MarkSomeAsync(insights, settings.Posts, ct);
            if (settings.PostgresConnectionString is { } seeded)
            {
                await BenchPostgresDatabase.VacuumAsync(seeded, ct);
                await output.WriteLineAsync("vacuumed and analyzed the posts table, as autovacuum does shortly after a bulk load");
            }

            var today = app.Services.GetRequiredService<ListenerCalendar>().Today(time);
            var random = new Random(7);
            var trends = await MeasureAsync(() => insights.GetTrendsAsync(QueryBenchmarkQueries.Trend(today, random), ct));
            await output.WriteLineAsync(Describe("trends", trends, 20, "4/12/26 weeks, by week or day, mixed filters"));
            var questions = await MeasureAsync(() => insights.GetOpenQuestionsAsync(QueryBenchmarkQueries.Question(random), time.GetUtcNow(), ct));
            await output.WriteLineAsync(Describe("open questions", questions, 50, string.Create(CultureInfo.InvariantCulture, $"1-90 days, mixed filters, orders and pages, {MarkedPosts:N0} posts marked")));

            var posts = await MeasureAsync(() => insights.GetPostsAsync(QueryBenchmarkQueries.Posts(today, random, search: false), ct));
            await output.WriteLineAsync(Describe("posts behind a point", posts, 50, "a day, a week or 12 weeks of a topic, mixed filters and pages"));
            var search = await MeasureAsync(() => insights.GetPostsAsync(QueryBenchmarkQueries.Posts(today, random, search: true), ct));
            await output.WriteLineAsync(Describe("posts search", search, 50, "a word one post in ten holds, 12 weeks, mixed filters and pages"));
            var questionSearch = await MeasureAsync(() => insights.GetOpenQuestionsAsync(
                QueryBenchmarkQueries.Question(random) with { Text = Topics.All[random.Next(Topics.All.Count)] }, time.GetUtcNow(), ct));
            await output.WriteLineAsync(Describe("open questions search", questionSearch, 50, "the open-question mix with a word one post in ten holds"));

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var urls = QueryBenchmarkQueries.TrendUrls(today);
            var load = await QueryBenchmarkLoad.RunAsync(
                new Uri(address),
                BenchKey,
                urls,
                QueryBenchmarkLoad.CollectionPass(app.Services.GetRequiredService<IPostStore>(), time.GetUtcNow(), CollectionPassPosts),
                settings,
                ct);
            var met = load.RequestsPerSecond >= 2000 && load.Errors == 0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"/api/trends: {load.RequestsPerSecond:N0} requests/s, {load.Errors:N0} errors (target ≥ 2,000/s, no errors) {Verdict(met)}; {load.Ok:N0} ok in {load.Elapsed.TotalSeconds:0.0} s, {settings.Concurrency} clients, {urls.Count} distinct queries, {(load.CollectionPassStored ? "a" : "no")} collection pass of {CollectionPassPosts} posts midway"));
            await app.StopAsync(ct);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static async Task SeedAsync(IPostStore store, int count, DateTimeOffset now, TextWriter output, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        foreach (var batch in SyntheticPosts.Batches(count, BatchSize, now, seed: 42))
        {
            await store.SaveBatchAsync(batch, [], ct);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seeded {count:N0} posts in {clock.Elapsed.TotalSeconds:0.0} s ({count / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} posts/s)"));
    }

    /// <summary>Providers have engaged with or dismissed some posts; marked ones leave the open list.</summary>
    private static async Task MarkSomeAsync(IInsightsStore insights, int posts, CancellationToken ct)
    {
        var random = new Random(11);
        for (var i = 0; i < MarkedPosts; i++)
        {
            var id = "b" + random.Next(posts).ToString("x", CultureInfo.InvariantCulture);
            await insights.MarkAsync("reddit", id, i % 2 == 0 ? PostMark.Engaged : PostMark.Dismissed, ct);
        }
    }

    private static async Task<double[]> MeasureAsync<T>(Func<Task<T>> query)
    {
        for (var i = 0; i < 10; i++)
        {
            await query();
        }

        var millis = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await query();
            millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(millis);
        return millis;
    }

    private static string Describe(string name, double[] sorted, double targetP95, string mix)
    {
        var p95 = sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1];
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: p95 {p95:0.00} ms (target ≤ {targetP95} ms) {Verdict(p95 <= targetP95)}; p50 {sorted[sorted.Length / 2]:0.00} ms over {sorted.Length} queries: {mix}");
    }

    private static string Verdict(bool met) => met ? "OK" : "MISSED";

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
        }
    }
}

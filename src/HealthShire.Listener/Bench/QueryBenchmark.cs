using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace HealthShire.Listener.Bench;

/// <summary>
/// Seeds a temporary store, measures the trends and open-question queries, then loads
/// <c>/api/trends</c> on the real worker over loopback. Targets: trends p95 ≤ 20 ms, questions
/// p95 ≤ 50 ms, ≥ 2,000 requests/s without errors.
/// </summary>
internal static class QueryBenchmark
{
    private const int BatchSize = 5_000;
    private const int Samples = 300;
    private const string BenchKey = "bench-key-not-secret";

    internal static async Task RunAsync(QueryBenchmarkSettings settings, TextWriter output, CancellationToken ct)
    {
        var directory = Directory.CreateTempSubdirectory("listener-bench-").FullName;
        try
        {
            await using var app = ListenerHost.Build(ListenerRole.Worker, configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "bench.db")}",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(directory, "logs", "bench-.log"),
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Api:Urls"] = "http://127.0.0.1:0",
                ["Api:ApiKeys:0"] = BenchKey,
                ["Sources:Reddit:Enabled"] = "false",
                ["Sources:X:Enabled"] = "false",
            }));
            await app.StartAsync(ct);
            var time = app.Services.GetRequiredService<TimeProvider>();
            await SeedAsync(app.Services.GetRequiredService<IPostStore>(), settings.Posts, time.GetUtcNow(), output, ct);

            var insights = app.Services.GetRequiredService<IInsightsStore>();
            var today = app.Services.GetRequiredService<ListenerCalendar>().Today(time);
            var random = new Random(7);
            var trends = await MeasureAsync(() => insights.GetTrendsAsync(TrendQueryFor(today, random), ct));
            await output.WriteLineAsync(Describe("trends (12 weeks, by week)", trends, 20));
            var questions = await MeasureAsync(() => insights.GetOpenQuestionsAsync(QuestionQueryFor(random), time.GetUtcNow(), ct));
            await output.WriteLineAsync(Describe("open questions (page of 50)", questions, 50));

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            await LoadAsync(new Uri(address), settings, output, ct);
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

    private static TrendQuery TrendQueryFor(DateOnly today, Random random)
    {
        var topic = random.Next(3) == 0 ? null : Topics.All[random.Next(Topics.All.Count)];
        return new TrendQuery(ListenerCalendar.WeekStart(today).AddDays(-77), today, TrendInterval.Week, topic, null, null);
    }

    private static PostQuery QuestionQueryFor(Random random) => new(
        random.Next(2) == 0 ? null : Topics.All[random.Next(Topics.All.Count)],
        random.Next(3) == 0 ? "reddit" : null,
        random.Next(4) == 0 ? "ADHD" : null,
        TimeSpan.FromDays(7),
        random.Next(3) == 0 ? QuestionOrder.Score : QuestionOrder.Newest,
        1,
        50);

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

    private static string Describe(string name, double[] sorted, double targetP95)
    {
        var p95 = sorted[(int)(sorted.Length * 0.95) - 1];
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {sorted[sorted.Length / 2]:0.00} ms, p95 {p95:0.00} ms (target p95 ≤ {targetP95} ms: {(p95 <= targetP95 ? "met" : "missed")})");
    }

    private static async Task LoadAsync(Uri baseAddress, QueryBenchmarkSettings settings, TextWriter output, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", BenchKey);
        long ok = 0, errors = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(settings.LoadDuration);
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, settings.Concurrency).Select(async n =>
        {
            var topics = Topics.All;
            for (var i = n; !stop.IsCancellationRequested; i++)
            {
                var url = i % 3 == 0 ? "/api/trends" : "/api/trends?topic=" + topics[i % topics.Count];
                try
                {
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, stop.Token);
                    Interlocked.Increment(ref response.IsSuccessStatusCode ? ref ok : ref errors);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(loops);
        var rate = ok / clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/trends under {settings.Concurrency} concurrent clients for {clock.Elapsed.TotalSeconds:0.0} s: {rate:N0} requests/s, {ok:N0} ok, {errors:N0} errors (target ≥ 2,000/s, no errors: {(rate >= 2000 && errors == 0 ? "met" : "missed")})"));
    }

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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Bluesky;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthShire.Listener.Bench.Bluesky;

/// <summary>
/// <c>bluesky</c>: how fast the Bluesky source reads Jetstream events from a loopback WebSocket and parses, matches and
/// maps them into posts (the real source, built by <c>AddBlueskySource()</c>; no classifier or store).
/// </summary>
internal sealed class BlueskyBenchmark : IBenchmark
{
    private readonly Option<int> _events = BenchOptions.Count(
        "--bluesky-events", "Jetstream events the bluesky benchmark streams (1000-5000000).", 100_000, 1000, 5_000_000);

    public string Name => "bluesky";

    public IReadOnlyList<Option> Options => [_events];

    public bool RunsOnPostgres => false;

    public async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var events = run.ParseResult.GetValue(_events);
        var texts = await BenchTexts.LoadAsync(run.DataPath, 2000, cancellationToken);
        await using var server = new SyntheticJetstreamServer(texts, events);
        await server.StartAsync(cancellationToken);
        await using var services = Services(server.SubscribeUrl);
        var source = services.GetServices<IPostSource>().Single(s => s.Name == "bluesky");

        var clock = Stopwatch.StartNew();
        var posts = 0;
        await foreach (var batch in source.FetchAsync(new Dictionary<string, Checkpoint>(), cancellationToken))
        {
            posts += batch.Posts.Count;
        }

        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        await run.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"bluesky: {events} Jetstream events over a loopback WebSocket, {posts} posts matched and mapped in {seconds:0.00} s = {posts / seconds:0} posts/s ({events / seconds:0} events/s)"));
    }

    private static ServiceProvider Services(string subscribeUrl)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:Bluesky:Enabled"] = "true",
            ["Sources:Bluesky:JetstreamUrl"] = subscribeUrl,
            ["Sources:Bluesky:PassDuration"] = "00:10:00",
            ["Sources:Bluesky:BatchSize"] = "1000",
        };
        string[][] groups =
        [
            ["depression", "depressed", "depression", "low", "sad"],
            ["anxiety", "anxious", "anxiety", "panic", "racing thoughts"],
            ["medication", "medication", "meds", "dose", "side effects"],
            ["support", "help", "advice", "therapy", "feeling"],
        ];
        for (var i = 0; i < groups.Length; i++)
        {
            settings[$"Sources:Bluesky:Terms:{i}:Name"] = groups[i][0];
            for (var j = 1; j < groups[i].Length; j++)
            {
                settings[$"Sources:Bluesky:Terms:{i}:Terms:{j - 1}"] = groups[i][j];
            }
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IAuthorPseudonymizer>(new HmacAuthorPseudonymizer(RandomNumberGenerator.GetBytes(32)));
        services.AddBlueskySource();
        return services.BuildServiceProvider();
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.Feeds;
using HealthShire.Listener.Sources.Mastodon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Bench.Mapping;

/// <summary>
/// <c>mapping</c>: how fast the Mastodon and blog sources turn answers into posts (HTTP read, JSON or XML parse, HTML
/// to text, pseudonyms, links) from a loopback server with pacing off; no classifier and no store.
/// </summary>
internal sealed class MappingBenchmark : IBenchmark
{
    private const int StatusesPerTag = 4000;
    private const int ItemsPerFeed = 500;
    private const int WarmupPosts = 4000;

    private readonly Option<int> _posts = BenchOptions.Count("--mapping-posts", "Posts per source for the mapping benchmark.", 20_000, 100, 1_000_000);

    public string Name => "mapping";

    public IReadOnlyList<Option> Options => [_posts];

    public bool RunsOnPostgres => false;

    public async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var posts = run.ParseResult.GetValue(_posts);
        var texts = await BenchTexts.LoadAsync(run.DataPath, 1000, cancellationToken);
        await using var server = new MappingServer();
        await server.StartAsync(cancellationToken);
        await run.Output.WriteLineAsync(
            $"mapping: {texts.Count} distinct texts ({(run.DataPath is null ? "generated" : Path.GetFileName(run.DataPath))}), " +
            $"{posts} posts per source, loopback server in this process, pacing off");

        // A pass first, long enough for the hot paths to reach optimised code, so JIT and first-connection costs are not counted.
        await MeasureAsync(server, "warmup", WarmupPosts, texts, output: null, cancellationToken);
        await MeasureAsync(server, "bench", posts, texts, run.Output, cancellationToken);
    }

    private static async Task MeasureAsync(
        MappingServer server, string prefix, int posts, IReadOnlyList<Core.Posts.PostText> texts, TextWriter? output, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:Mastodon:Enabled"] = "true",
            ["Sources:Mastodon:PacingEnabled"] = "false",
            ["Sources:Mastodon:MaxPages"] = (StatusesPerTag / MappingBodies.StatusesPerPage).ToString(CultureInfo.InvariantCulture),
            ["Sources:Mastodon:Instances:0:BaseUrl"] = server.BaseUrl,
            ["Sources:Feeds:Enabled"] = "true",
            ["Sources:Feeds:PacingEnabled"] = "false",
        };
        var firstId = prefix == "bench" ? 200_000_000L : 100_000_000L;
        for (var (i, left) = (0, posts); left > 0; i++, left -= StatusesPerTag)
        {
            var tag = prefix + i.ToString(CultureInfo.InvariantCulture);
            server.AddTag(tag, Math.Min(left, StatusesPerTag), firstId + (i * 10L * StatusesPerTag), texts);
            settings[$"Sources:Mastodon:Instances:0:Tags:{i}"] = tag;
        }

        for (var (i, left) = (0, posts); left > 0; i++, left -= ItemsPerFeed)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            server.AddFeed(name, i, Math.Min(left, ItemsPerFeed), texts);
            settings[$"Sources:Feeds:Feeds:{i}:Name"] = name;
            settings[$"Sources:Feeds:Feeds:{i}:Url"] = $"{server.BaseUrl}/feeds/{name}.xml";
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IAuthorPseudonymizer>(new HmacAuthorPseudonymizer(new byte[32]));
        services.AddMastodonSource();
        services.AddFeedsSource();
        await using var provider = services.BuildServiceProvider();
        foreach (var source in provider.GetServices<IPostSource>())
        {
            var clock = Stopwatch.StartNew();
            var mapped = 0;
            await foreach (var batch in source.FetchAsync(new Dictionary<string, Checkpoint>(), cancellationToken))
            {
                mapped += batch.Posts.Count;
            }

            clock.Stop();
            if (output is not null)
            {
                var missing = mapped == posts ? "" : $" ({posts - mapped} of {posts} missing)";
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"mapping {source.Name,-8}: {mapped,7} posts mapped in {clock.Elapsed.TotalSeconds,6:0.00} s = {mapped / clock.Elapsed.TotalSeconds,8:0} posts/s (target ≥ 5,000){missing}"));
            }
        }
    }
}

using System.Text;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.X;
using HealthShire.Listener.Sources.X;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

/// <summary>
/// The X source as the host builds it (AddXSource over configuration) pointed at a fake server,
/// with an in-memory checkpoint table that keeps what each yielded batch would have saved.
/// </summary>
internal sealed class XSourceHarness : IAsyncDisposable
{
    public static readonly IAuthorPseudonymizer Pseudonymizer =
        new HmacAuthorPseudonymizer(Encoding.UTF8.GetBytes("x-source-tests-pseudonym-key"));

    private readonly ServiceProvider _services;

    public XSourceHarness(FakeXServer server, IDictionary<string, string?>? settings = null, string? bearerToken = null, TimeProvider? time = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Sources:X:BaseUrl"] = server.BaseUrl,
            ["Sources:X:BearerToken"] = bearerToken ?? server.BearerToken,
            ["Sources:X:RetryDelay"] = "00:00:00.010",
            ["Sources:X:Queries:0:Name"] = "depression",
            ["Sources:X:Queries:0:Terms:0"] = "depressed",
            ["Sources:X:Queries:0:Terms:1"] = "my meds",
            ["Sources:X:Queries:1:Name"] = "adhd",
            ["Sources:X:Queries:1:Terms:0"] = "#adhd",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSingleton(Pseudonymizer);
        services.AddXSource();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Source = _services.GetServices<IPostSource>().Single(s => s.Name == "x");
        Logs = _services.GetFakeLogCollector();
    }

    public IPostSource Source { get; }

    public FakeLogCollector Logs { get; }

    public Dictionary<string, Checkpoint> Checkpoints { get; } = [];

    public static string BudgetKey => XReadBudget.KeyFor(TimeProvider.System.GetUtcNow());

    public string? Checkpoint(string key) => Checkpoints.TryGetValue(key, out var checkpoint) ? checkpoint.Value : null;

    /// <summary>One collect pass; each batch's checkpoints are kept as a store would, batch by batch.</summary>
    public async Task<IReadOnlyList<SourceBatch>> RunPassAsync(CancellationToken cancellationToken = default)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in Source.FetchAsync(new Dictionary<string, Checkpoint>(Checkpoints), cancellationToken))
        {
            batches.Add(batch);
            foreach (var checkpoint in batch.Checkpoints)
            {
                Checkpoints[checkpoint.Key] = checkpoint;
            }
        }

        return batches;
    }

    public static IReadOnlyList<Post> PostsOf(IEnumerable<SourceBatch> batches) => [.. batches.SelectMany(b => b.Posts)];

    public int LogCount(LogLevel level) => Logs.GetSnapshot().Count(r => r.Level == level);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

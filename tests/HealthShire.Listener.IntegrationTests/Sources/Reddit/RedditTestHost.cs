using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.Sources.Reddit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

/// <summary>The Reddit source wired by <c>AddRedditSource</c> against a <see cref="FakeRedditServer"/>.</summary>
internal sealed class RedditTestHost : IAsyncDisposable
{
    public const string UserAgent = "test:healthshire-listener-tests:1.0 (by /u/healthshire_test)";

    private RedditTestHost(FakeRedditServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public FakeRedditServer Server { get; }

    public ServiceProvider Services { get; }

    public IPostSource Source => Services.GetServices<IPostSource>().Single(s => s.Name == "reddit");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>
    /// Starts a fake server and a container; settings override the fast test defaults; <paramref name="time"/> is the
    /// clock the source waits on (the system clock when not given).
    /// </summary>
    public static async Task<RedditTestHost> StartAsync(
        string[] subreddits,
        bool withCredentials = true,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? time = null)
    {
        var server = new FakeRedditServer();
        await server.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Sources:Reddit:ApiBaseUrl"] = server.BaseUrl,
            ["Sources:Reddit:AuthBaseUrl"] = server.BaseUrl,
            ["Sources:Reddit:ClientId"] = withCredentials ? server.ClientId : "",
            ["Sources:Reddit:ClientSecret"] = withCredentials ? server.ClientSecret : "",
            ["Sources:Reddit:UserAgent"] = UserAgent,
            ["Sources:Reddit:PacingEnabled"] = "false",
            ["Sources:Reddit:RetryDelay"] = "00:00:00.020",
            ["Sources:Reddit:AttemptTimeout"] = "00:00:05",
        };
        for (var i = 0; i < subreddits.Length; i++)
        {
            values[$"Sources:Reddit:Subreddits:{i}"] = subreddits[i];
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IAuthorPseudonymizer>(new HmacAuthorPseudonymizer(new byte[32]));
        services.AddRedditSource();
        return new RedditTestHost(server, services.BuildServiceProvider(validateScopes: true));
    }

    public async Task<List<SourceBatch>> FetchAsync(params Checkpoint[] checkpoints)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in Source.FetchAsync(checkpoints.ToDictionary(c => c.Key), TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>Listing requests only (no token requests), in order.</summary>
    public List<FakeRedditRequest> ListingRequests() => [.. Server.Requests.Where(r => !r.IsTokenRequest)];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

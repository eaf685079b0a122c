using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.Feeds;
using HealthShire.Listener.Sources.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Feeds;

/// <summary>The blog source wired by <c>AddFeedsSource</c>, reading named feeds from one <see cref="FakeFeedServer"/>.</summary>
internal sealed class FeedsTestHost : IAsyncDisposable
{
    private FeedsTestHost(FakeFeedServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public FakeFeedServer Server { get; }

    public ServiceProvider Services { get; }

    public IPostSource Source => Services.GetServices<IPostSource>().Single(s => s.Name == "blog");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Starts the server and a container with one feed per (name, path) pair, on the system clock.</summary>
    public static Task<FeedsTestHost> StartAsync(params (string Name, string Path)[] feeds) => StartAsync(null, feeds);

    /// <summary>Starts the server and a container whose source waits on <paramref name="time"/>.</summary>
    public static async Task<FeedsTestHost> StartAsync(TimeProvider? time, params (string Name, string Path)[] feeds)
    {
        var server = new FakeFeedServer();
        await server.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Sources:Feeds:Enabled"] = "true",
            ["Sources:Feeds:PacingEnabled"] = "false",
            ["Sources:Feeds:RetryDelay"] = "00:00:00.020",
            ["Sources:Feeds:AttemptTimeout"] = "00:00:05",
        };
        for (var i = 0; i < feeds.Length; i++)
        {
            values[$"Sources:Feeds:Feeds:{i}:Name"] = feeds[i].Name;
            values[$"Sources:Feeds:Feeds:{i}:Url"] = server.BaseUrl + feeds[i].Path;
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IAuthorPseudonymizer>(new HmacAuthorPseudonymizer(new byte[32]));
        services.AddFeedsSource();
        return new FeedsTestHost(server, services.BuildServiceProvider(validateScopes: true));
    }

    public Task<List<SourceBatch>> FetchAsync(params IEnumerable<Checkpoint> checkpoints) => SourceFetch.AllAsync(Source, checkpoints);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

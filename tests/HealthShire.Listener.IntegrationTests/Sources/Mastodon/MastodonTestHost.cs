using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.IntegrationTests.Fakes.Mastodon;
using HealthShire.Listener.Sources.Mastodon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Mastodon;

/// <summary>
/// The Mastodon source wired by <c>AddMastodonSource</c> against one or more <see cref="FakeMastodonServer"/>s, each
/// configured with the same tags. <see cref="RestartAsync"/> builds a fresh container (a process restart: nothing
/// carried over but the checkpoints the test passes back in).
/// </summary>
internal sealed class MastodonTestHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    private MastodonTestHost(IReadOnlyList<FakeMastodonServer> servers, Dictionary<string, string?> settings, TimeProvider? time)
    {
        Servers = servers;
        _settings = settings;
        _time = time;
        Services = Build(settings, time);
    }

    public IReadOnlyList<FakeMastodonServer> Servers { get; }

    public FakeMastodonServer Server => Servers[0];

    public ServiceProvider Services { get; private set; }

    public IPostSource Source => Services.GetServices<IPostSource>().Single(s => s.Name == "mastodon");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Starts the servers and a container; <paramref name="time"/> is the clock the source waits on (the system clock when not given).</summary>
    public static async Task<MastodonTestHost> StartAsync(
        string[] tags,
        int servers = 1,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? time = null)
    {
        var started = new List<FakeMastodonServer>();
        var values = new Dictionary<string, string?>
        {
            ["Sources:Mastodon:Enabled"] = "true",
            ["Sources:Mastodon:PacingEnabled"] = "false",
            ["Sources:Mastodon:RetryDelay"] = "00:00:00.020",
            ["Sources:Mastodon:AttemptTimeout"] = "00:00:05",
        };
        for (var s = 0; s < servers; s++)
        {
            var server = new FakeMastodonServer();
            await server.StartAsync();
            started.Add(server);
            values[$"Sources:Mastodon:Instances:{s}:BaseUrl"] = server.BaseUrl;
            for (var i = 0; i < tags.Length; i++)
            {
                values[$"Sources:Mastodon:Instances:{s}:Tags:{i}"] = tags[i];
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new MastodonTestHost(started, values, time);
    }

    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Services = Build(_settings, _time);
    }

    public Task<List<SourceBatch>> FetchAsync(params IEnumerable<Checkpoint> checkpoints) => SourceFetch.AllAsync(Source, checkpoints);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> values, TimeProvider? time)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IAuthorPseudonymizer>(new HmacAuthorPseudonymizer(new byte[32]));
        services.AddMastodonSource();
        return services.BuildServiceProvider(validateScopes: true);
    }
}

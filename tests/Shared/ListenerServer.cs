using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.Testing;

/// <summary>
/// The real worker host (API, dashboard, scheduler with every source off) on a free loopback port
/// and a temporary store, seeded through <see cref="IPostStore"/>.
/// </summary>
internal sealed class ListenerServer : IAsyncDisposable
{
    public const string ApiKey = "integration-test-key-7f3a9c-0b1d2e3f4a5b";

    private readonly WebApplication _app;
    private readonly string _directory;
    private bool _stopped;

    private ListenerServer(WebApplication app, string directory, Uri baseAddress)
    {
        _app = app;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the worker; <paramref name="settings"/> override the defaults (a null value removes one).</summary>
    public static async Task<ListenerServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("listener-api-").FullName;
        var merged = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "listener.db")}",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(directory, "logs", "listener-.log"),
            ["Api:Urls"] = "http://127.0.0.1:0",
            ["Api:ApiKeys:0"] = ApiKey,
            ["Sources:Reddit:Enabled"] = "false",
            ["Sources:X:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var app = ListenerHost.BuildWorker(configuration => configuration.AddInMemoryCollection(merged));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ListenerServer(app, directory, new Uri(address));
    }

    public HttpClient CreateClient(string? apiKey = ApiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public Task SeedAsync(params ClassifiedPost[] posts) =>
        Services.GetRequiredService<IPostStore>().SaveBatchAsync(posts, [], TestContext.Current.CancellationToken);

    /// <summary>Stops the worker as a shutdown does, before it is disposed (its services stay readable).</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await _app.StopAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleaned by the OS.
        }
    }
}

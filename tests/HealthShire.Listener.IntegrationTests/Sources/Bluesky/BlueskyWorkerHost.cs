using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary>The real worker host (scheduler, jobs, API) in this process, over a <see cref="BlueskyCollectionHarness"/>'s settings.</summary>
internal sealed class BlueskyWorkerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private BlueskyWorkerHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public IPostStore Store => _app.Services.GetRequiredService<IPostStore>();

    public static async Task<BlueskyWorkerHost> StartAsync(BlueskyCollectionHarness harness)
    {
        var settings = new Dictionary<string, string?>(harness.Cli.Settings)
        {
            ["Api:ApiKeys:0"] = "bluesky-worker-test-key-5c1e7a9d3b",
        };
        var app = ListenerHost.BuildWorker(configuration => configuration.AddInMemoryCollection(settings));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new BlueskyWorkerHost(app);
    }

    /// <summary>Bluesky posts stored, over every community.</summary>
    public async Task<long> StoredAsync()
    {
        var status = await Store.GetStatusAsync(TestContext.Current.CancellationToken);
        return status.Communities.Where(c => c.Source == "bluesky").Sum(c => c.Posts);
    }

    public async Task<string?> CheckpointAsync(string key) =>
        (await Store.GetCheckpointsAsync("bluesky", TestContext.Current.CancellationToken)).TryGetValue(key, out var checkpoint)
            ? checkpoint.Value
            : null;

    /// <summary>Waits, polling, until <paramref name="condition"/> holds (the test's timeout bounds the wait).</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        while (!await condition())
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stops the worker as a shutdown does; the store stays readable until disposed.</summary>
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
    }
}

using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Hosting;

/// <summary>Brings the store's schema up to date before anything else in the worker starts.</summary>
internal sealed class StoreStartup(IPostStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

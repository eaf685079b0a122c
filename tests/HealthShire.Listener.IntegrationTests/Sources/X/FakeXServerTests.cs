using HealthShire.Listener.IntegrationTests.Fakes.X;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

/// <summary>Starts a fresh fake X server for each test.</summary>
public abstract class FakeXServerTests : IAsyncLifetime, IAsyncDisposable
{
    protected FakeXServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => Server.DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

using HealthShire.Listener.IntegrationTests.Fakes.X;

namespace HealthShire.Listener.IntegrationTests.Sources.X;

/// <summary>Starts a fresh fake X server for each test.</summary>
public abstract class FakeXServerTests : IAsyncLifetime, IAsyncDisposable
{
    protected FakeXServer Server { get; } = new();

    public async ValueTask InitializeAsync() => await Server.StartAsync();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

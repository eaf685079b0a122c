using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.BrowserTests;

/// <summary>The real worker (every source off) on a free loopback port over a temporary store.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    public const string ApiKey = "browser-test-key-51d0e2";

    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, string directory, Uri baseAddress)
    {
        _app = app;
        Directory = directory;
        BaseAddress = baseAddress;
    }

    public string Directory { get; }

    public Uri BaseAddress { get; }

    public static async Task<DashboardServer> StartAsync(IReadOnlyList<ClassifiedPost> posts)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("listener-browser-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "listener.db")}",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(directory, "logs", "listener-.log"),
            ["Api:Urls"] = "http://127.0.0.1:0",
            ["Api:ApiKeys:0"] = ApiKey,
            ["Sources:Reddit:Enabled"] = "false",
            ["Sources:X:Enabled"] = "false",
        };
        var app = ListenerHost.Build(ListenerRole.Worker, configuration => configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        await app.Services.GetRequiredService<IPostStore>().SaveBatchAsync(posts, [], CancellationToken.None);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DashboardServer(app, directory, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

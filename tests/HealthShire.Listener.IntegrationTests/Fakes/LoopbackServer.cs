using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.IntegrationTests.Fakes;

/// <summary>An HTTP server on 127.0.0.1 and a free port that answers every request with one handler; for fake APIs.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SlowPaths _slow;

    private LoopbackServer(WebApplication app, SlowPaths slow, string baseUrl)
    {
        _app = app;
        _slow = slow;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var slow = new SlowPaths();
        app.Run(async context =>
        {
            if (!await slow.WaitAsync(context))
            {
                return;
            }

            await handler(context);
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new LoopbackServer(app, slow, addresses.Addresses.Single().TrimEnd('/'));
    }

    /// <summary>From now on every request whose path and query contain <paramref name="urlContains"/> waits <paramref name="delay"/> first.</summary>
    public void SlowDown(string urlContains, TimeSpan delay) => _slow.Add(urlContains, delay);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

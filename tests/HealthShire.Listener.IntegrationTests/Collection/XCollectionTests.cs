using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes.X;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>The real host's <c>collect --once --source x</c> and <c>status</c> against a fake X server.</summary>
#pragma warning disable CA1001 // Disposed in DisposeAsync, as xunit calls it.
public sealed class XCollectionTests : IAsyncLifetime
{
    private readonly FakeXServer _server = new();
    private readonly ListenerCli _cli = new();

    public async ValueTask InitializeAsync()
    {
        await _server.StartAsync();
        _cli.Settings["Sources:X:Enabled"] = "true";
        _cli.Settings["Sources:X:BaseUrl"] = _server.BaseUrl;
        _cli.Settings["Sources:X:BearerToken"] = _server.BearerToken;
        _cli.Settings["Sources:X:RetryDelay"] = "00:00:00.010";
        _cli.Settings["Sources:X:Queries:0:Name"] = "depression";
        _cli.Settings["Sources:X:Queries:0:Terms:0"] = "depressed";
        _cli.Settings["Sources:Reddit:Enabled"] = "false";
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
        await _server.DisposeAsync();
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CollectX_StoresTweetsUnderTheirQueryAndResumesFromSinceId()
    {
        for (var i = 0; i < 130; i++)
        {
            _server.AddTweet($"feeling depressed again today, does sertraline help? #{i}", authorId: "3000" + i);
        }

        var first = await _cli.RunAsync("collect", "--once", "--source", "x");
        _server.AddTweet("so depressed after the appointment");
        var second = await _cli.RunAsync("collect", "--once", "--source", "x");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("x: 130 fetched, 130 new", first.Output, StringComparison.Ordinal);
        Assert.Contains("x: 1 fetched, 1 new", second.Output, StringComparison.Ordinal);
        var status = await _cli.RunAsync("status", "--json");
        using var json = JsonDocument.Parse(status.Output);
        Assert.Equal(131, json.RootElement.GetProperty("posts").GetProperty("x").GetProperty("depression").GetInt64());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CollectX_WrongToken_ExitsCleanlyAndShowsTheStatusCheckpoint()
    {
        _cli.Settings["Sources:X:BearerToken"] = "not-the-token";
        _server.AddTweet("depressed");

        var result = await _cli.RunAsync("collect", "--once", "--source", "x");
        var status = await _cli.RunAsync("status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("unauthorized", status.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", result.Output + result.Error + status.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CollectX_Disabled_SaysSoAndFails()
    {
        _cli.Settings["Sources:X:Enabled"] = "false";

        var result = await _cli.RunAsync("collect", "--once", "--source", "x");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Sources:X:Enabled", result.Output, StringComparison.Ordinal);
    }
}
#pragma warning restore CA1001

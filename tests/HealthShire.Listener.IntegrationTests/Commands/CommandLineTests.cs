using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task UnknownCommand_PrintsUsageAndFails()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_PrintsUsageAndFails()
    {
        var result = await _cli.RunAsync("status", "--frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_UnknownSource_IsRejectedBeforeAnythingRuns()
    {
        var result = await _cli.RunAsync("collect", "--once", "--source", "myspace");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(_cli.DatabasePath));
    }

    [Fact]
    public async Task Status_EmptyStore_PrintsJsonWithNoPosts()
    {
        var result = await _cli.RunAsync("status", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Empty(json.RootElement.GetProperty("posts").EnumerateObject());
        Assert.Equal(0, json.RootElement.GetProperty("totalPosts").GetInt64());
    }

    [Theory]
    [InlineData("Sources:Reddit:Interval", "soon")]
    [InlineData("Sources:Reddit:Enabled", "perhaps")]
    [InlineData("Sources:Reddit:ApiBaseUrl", "not a url")]
    public async Task BadSetting_StopsStartUpWithOneMessageNamingTheKey(string key, string value)
    {
        _cli.Settings[key] = value;

        var result = await _cli.RunAsync("collect", "--once");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key, result.Error, StringComparison.Ordinal);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSecret_NamesTheKeyButNeverEchoesTheValue()
    {
        _cli.Settings["Store:PseudonymKey"] = "short-secret-value";

        var result = await _cli.RunAsync("status");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Store:PseudonymKey", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret-value", result.Output + result.Error, StringComparison.Ordinal);
    }
}

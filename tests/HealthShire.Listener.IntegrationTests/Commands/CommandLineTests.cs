using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task UnknownCommand_PrintsUsageAndFails()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task UnknownOption_PrintsUsageAndFails()
    {
        var result = await _cli.RunAsync("status", "--frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_UnknownSource_IsRejectedBeforeAnythingRuns()
    {
        var result = await _cli.RunAsync("collect", "--once", "--source", "myspace");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(_cli.DatabasePath));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Status_EmptyStore_PrintsJsonWithNoPosts()
    {
        var result = await _cli.RunAsync("status", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Empty(json.RootElement.GetProperty("posts").EnumerateObject());
        Assert.Equal(0, json.RootElement.GetProperty("totalPosts").GetInt64());
    }

    [Theory(Timeout = TestTimeouts.Integration)]
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

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task BadSecret_NamesTheKeyButNeverEchoesTheValue()
    {
        _cli.Settings["Store:PseudonymKey"] = "short-secret-value";

        var result = await _cli.RunAsync("status");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Store:PseudonymKey", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret-value", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task PostgresStoreUnreachable_StopsWithOneStoreErrorLineAndNoPassword()
    {
        _cli.Settings["Store:Provider"] = "Postgres";
        _cli.Settings["Store:ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Database=listener;Username=listener;Password=db-secret-42;Timeout=2";
        _cli.Settings["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff";

        var result = await _cli.RunAsync("status");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("Store error: Failed to connect to 127.0.0.1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("Store:ConnectionString", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("db-secret-42", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SqliteStoreFolderCannotBeCreated_StopsWithOneLine()
    {
        var blocker = Path.Combine(_cli.Directory, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder", TestContext.Current.CancellationToken);
        _cli.Settings["Store:ConnectionString"] = $"Data Source={Path.Combine(blocker, "listener.db")}";

        var result = await _cli.RunAsync("status");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

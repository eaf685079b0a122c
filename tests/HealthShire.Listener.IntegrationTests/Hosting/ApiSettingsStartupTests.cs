namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>Settings that would expose the API are refused at start-up in one line naming the key (exit code 2).</summary>
public sealed class ApiSettingsStartupTests
{
    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("http://listener.internal:18293")]
    [InlineData("http://0.0.0.0:18293")]
    [InlineData("http://*:18293")]
    [InlineData("http://127.0.0.1:0;http://192.168.1.10:18293")]
    public async Task Run_NonLoopbackUrl_IsRefusedNamingApiUrlsAndTheWayToAllowIt(string urls)
    {
        using var cli = new ListenerCli();
        cli.Settings["Api:Urls"] = urls;

        var result = await cli.RunAsync("run");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("Configuration error: Api:Urls '", line, StringComparison.Ordinal);
        Assert.Contains("would listen beyond this machine", line, StringComparison.Ordinal);
        Assert.Contains("Api:AllowNonLoopback=true", line, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_ShortApiKey_IsRefusedWithoutEchoingIt()
    {
        using var cli = new ListenerCli();
        cli.Settings["Api:ApiKeys:0"] = "short-key-0123456789";

        var result = await cli.RunAsync("run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Api:ApiKeys holds 1 key(s) shorter than 32 characters", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("short-key-0123456789", result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_SqlitePassword_IsRefusedInOneLineNamingTheKey()
    {
        using var cli = new ListenerCli();
        cli.Settings["Store:ConnectionString"] = $"Data Source={cli.DatabasePath};Password=hunter2-secret";

        var result = await cli.RunAsync("collect", "--once");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("Store:ConnectionString sets Password", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("--name", "Ann\r\nBcc: attacker@evil.example")]
    [InlineData("--name", "Ann\u0000")]
    public async Task SubscribersAdd_ControlCharacters_AreRefusedAndNothingIsStored(string option, string value)
    {
        using var cli = new ListenerCli();

        var result = await cli.RunAsync("subscribers", "add", "ann@clinic.example", option, value);
        var list = await cli.RunAsync("subscribers", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--name must not contain control characters", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@clinic.example", list.Output, StringComparison.Ordinal);
    }
}

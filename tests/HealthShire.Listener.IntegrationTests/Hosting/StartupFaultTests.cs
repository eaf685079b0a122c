using System.Net;
using System.Net.Sockets;
using HealthShire.Listener.IntegrationTests.Collection;

namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>A worker that cannot start says why in one line and exits with the documented code, having collected nothing.</summary>
public sealed class StartupFaultTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_ApiPortTaken_StopsWithOneLineNamingApiUrlsAndExitCode4BeforeAnyPass()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 5));
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        h.Cli.Settings["Api:Urls"] = address;
        h.Cli.Settings["Api:ApiKeys:0"] = "startup-fault-test-key-0123456789abcdef";
        using var worker = WorkerProcess.Start(h.Cli.Directory, h.Cli.Settings, "run");

        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 4, $"exit code {exitCode}; output:\n{worker.Output}");
        var fault = Assert.Single(worker.Output.Split('\n'), l => l.Contains("error", StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"Start-up error: the API cannot listen on {address} (Api:Urls): Address already in use; stop the program listening there or give Api:Urls another port.", fault);
        Assert.DoesNotContain("   at ", worker.Output, StringComparison.Ordinal);
        Assert.Empty(h.Server.Requests);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_ApiUrlsNotAUrl_StopsAsABadSettingNamingTheKey()
    {
        using var cli = new ListenerCli();
        cli.Settings["Api:Urls"] = "http://127.0.0.1:0;port 5080";

        var result = await cli.RunAsync("run");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Configuration error: Api:Urls must hold ';'-separated URLs such as http://127.0.0.1:5080; got 'port 5080'.", result.Error.Trim());
    }
}

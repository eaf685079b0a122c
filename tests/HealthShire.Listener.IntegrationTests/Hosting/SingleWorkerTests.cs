namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>One worker per SQLite file: a second is refused in one line, and a killed worker leaves no stale lock.</summary>
public sealed class SingleWorkerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_SecondWorkerOnTheSameSqliteFile_IsRefusedNamingTheFileUntilTheFirstDies()
    {
        using var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:Enabled"] = "false";
        using var first = WorkerProcess.Start(cli.Directory, cli.Settings, "run");
        await first.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60));

        var second = await cli.RunAsync("run");
        await first.KillAsync();
        using var third = WorkerProcess.Start(cli.Directory, cli.Settings, "run");
        await third.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60));
        var thirdStopped = await third.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, second.ExitCode);
        var line = Assert.Single(second.Error.Trim().Split('\n'), l => l.Contains("error", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"another worker is already running on {cli.DatabasePath}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Output + second.Error, StringComparison.Ordinal);
        Assert.Equal(0, thirdStopped);
    }
}

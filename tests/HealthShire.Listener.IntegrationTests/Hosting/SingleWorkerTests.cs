namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>
/// One worker per SQLite file: a second is refused in one line, and a killed worker leaves no stale lock; a store file
/// that cannot be opened stops the worker in one line too.
/// </summary>
public sealed class SingleWorkerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_StoreFileThatIsNotADatabase_StopsInOneLineWithExitCode3()
    {
        using var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:Enabled"] = "false";
        Directory.CreateDirectory(Path.GetDirectoryName(cli.DatabasePath)!);
        await File.WriteAllBytesAsync(cli.DatabasePath, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))], TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("run");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'), l => l.Contains("error", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("Store error: SQLite Error 26: 'file is not a database'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

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

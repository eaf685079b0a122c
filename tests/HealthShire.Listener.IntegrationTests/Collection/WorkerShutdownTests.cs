using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>The scheduled worker as a real process: it collects on its trigger and stops cleanly on SIGTERM.</summary>
public sealed class WorkerShutdownTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_SigtermDuringAPass_StoresTheFetchedBatchAndExitsZero()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 30));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 30));
        // The second subreddit answers slowly, so the signal arrives in the middle of the pass.
        h.Server.InjectFault(FakeRedditFault.Slow(TimeSpan.FromSeconds(20)), times: 1, urlContains: "/r/ADHD/");
        h.Cli.Settings["Sources:Reddit:Interval"] = "00:00:30";
        using var worker = WorkerProcess.Start(h.Cli.Directory, h.Cli.Settings, "run");

        await worker.WaitForOutputAsync("Stored reddit/depression", TimeSpan.FromSeconds(60));
        var exitCode = await worker.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, $"exit code {exitCode}; output:\n{worker.Output}");
        var counts = await h.StoredCountsAsync();
        Assert.Equal(30, counts["depression"]);

        var resumed = await h.CollectAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(30, (await h.StoredCountsAsync())["ADHD"]);
    }
}

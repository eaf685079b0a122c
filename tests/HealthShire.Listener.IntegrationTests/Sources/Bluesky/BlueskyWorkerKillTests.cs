using HealthShire.Listener.IntegrationTests.Hosting;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary>The worker as a real process, killed with SIGKILL in the middle of a Bluesky pass.</summary>
public sealed class BlueskyWorkerKillTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_KilledMidPass_TheNextPassResumesAtTheStoredCursor_NothingLostNothingDuplicated()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        for (var i = 0; i < 300; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(50) - TimeSpan.FromSeconds(i), $"depressed, post {i}");
        }

        harness.Server.MessageDelay = TimeSpan.FromMilliseconds(20);
        harness.Cli.Settings["Sources:Bluesky:BatchSize"] = "50";
        harness.Cli.Settings["Sources:Bluesky:Interval"] = "00:10:00";
        using var worker = WorkerProcess.Start(harness.Cli.Directory, harness.Cli.Settings, "run");

        await worker.WaitForOutputAsync("Stored bluesky/jetstream: 50 fetched, 50 new", TimeSpan.FromSeconds(60));
        await worker.KillAsync();
        var (_, before) = await harness.StatusAsync();
        harness.Server.MessageDelay = TimeSpan.Zero;
        var resumed = await harness.CollectAsync();

        var stored = before["depression"];
        Assert.InRange(stored, 50, 299);
        Assert.Contains($"bluesky: {300 - stored} fetched, {300 - stored} new, 0 updated", resumed.Output, StringComparison.Ordinal);
        var (_, after) = await harness.StatusAsync();
        Assert.Equal(300, after["depression"]);
    }
}

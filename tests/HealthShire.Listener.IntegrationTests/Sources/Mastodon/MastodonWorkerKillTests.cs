using System.Globalization;
using HealthShire.Listener.IntegrationTests.Fakes.Mastodon;
using HealthShire.Listener.IntegrationTests.Hosting;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Mastodon;

/// <summary>The worker as a real process, killed with SIGKILL in the middle of a Mastodon pass.</summary>
public sealed class MastodonWorkerKillTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_KilledMidPass_TheRestartResumesAtTheStoredIds_EveryStatusStoredOnce()
    {
        await using var server = new FakeMastodonServer();
        await server.StartAsync();
        server.AddStatuses(FakeMastodonStatus.Range(server.BaseUrl, 1, 30, "depression"));
        server.AddStatuses(FakeMastodonStatus.Range(server.BaseUrl, 101, 25, "anxiety"));
        // The second tag answers late, so the kill comes after the first tag's batch and before the second's.
        server.SlowDown("/tag/anxiety", TimeSpan.FromMinutes(5));
        using var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:Enabled"] = "false";
        cli.Settings["Sources:Mastodon:Enabled"] = "true";
        cli.Settings["Sources:Mastodon:PacingEnabled"] = "false";
        cli.Settings["Sources:Mastodon:AttemptTimeout"] = "00:10:00";
        cli.Settings["Sources:Mastodon:Instances:0:BaseUrl"] = server.BaseUrl;
        cli.Settings["Sources:Mastodon:Instances:0:Tags:0"] = "depression";
        cli.Settings["Sources:Mastodon:Instances:0:Tags:1"] = "anxiety";
        using var worker = WorkerProcess.Start(cli.Directory, cli.Settings, "run");

        await worker.WaitForOutputAsync("Stored mastodon/depression: 30 fetched, 30 new", TimeSpan.FromSeconds(60));
        await worker.KillAsync();
        var before = await StoredStatus.ReadAsync(cli, "mastodon");
        server.SlowDown("/tag/anxiety", TimeSpan.Zero);
        var requestsBefore = server.Requests.Count;
        var resumed = await cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "mastodon");

        Assert.Equal(30, before.Posts["depression"]);
        Assert.False(before.Posts.ContainsKey("anxiety"));
        var stored = before.Checkpoints[$"depression@{server.Authority}"];
        Assert.Equal(FakeMastodonStatus.IdOf(30).ToString(CultureInfo.InvariantCulture), stored);
        Assert.Contains("mastodon: 25 fetched, 25 new, 0 updated", resumed.Output, StringComparison.Ordinal);
        // The restart read the first tag on from its stored id (nothing newer), the second from the start.
        var depression = server.Requests.Skip(requestsBefore).First(r => r.Path.EndsWith("/depression", StringComparison.Ordinal));
        Assert.Contains($"min_id={stored}", depression.Query, StringComparison.Ordinal);
        var after = await StoredStatus.ReadAsync(cli, "mastodon");
        Assert.Equal(30, after.Posts["depression"]);
        Assert.Equal(25, after.Posts["anxiety"]);
        Assert.Equal(FakeMastodonStatus.IdOf(125).ToString(CultureInfo.InvariantCulture), after.Checkpoints[$"anxiety@{server.Authority}"]);
    }
}

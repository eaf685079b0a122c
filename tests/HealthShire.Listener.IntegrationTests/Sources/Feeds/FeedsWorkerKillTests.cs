using HealthShire.Listener.IntegrationTests.Fakes.Feeds;
using HealthShire.Listener.IntegrationTests.Hosting;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Feeds;

/// <summary>The worker as a real process, killed with SIGKILL in the middle of a pass over the blog feeds.</summary>
public sealed class FeedsWorkerKillTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_KilledMidPass_TheRestartResumesFromTheStoredValidators_EveryEntryStoredOnce()
    {
        await using var server = new FakeFeedServer();
        await server.StartAsync();
        server.SetFeed("/journal/feed/", FeedFixtures.Rss("journal.example", 12), etag: "\"journal-v1\"");
        server.SetFeed("/diary/rss", FeedFixtures.Rss("diary.example", 9), etag: "\"diary-v1\"");
        // The second feed answers late, so the kill comes after the first feed's batch and before the second's.
        server.SlowDown("/diary/", TimeSpan.FromMinutes(5));
        using var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:Enabled"] = "false";
        cli.Settings["Sources:Feeds:Enabled"] = "true";
        cli.Settings["Sources:Feeds:PacingEnabled"] = "false";
        cli.Settings["Sources:Feeds:AttemptTimeout"] = "00:10:00";
        cli.Settings["Sources:Feeds:Feeds:0:Name"] = "journal";
        cli.Settings["Sources:Feeds:Feeds:0:Url"] = server.BaseUrl + "/journal/feed/";
        cli.Settings["Sources:Feeds:Feeds:1:Name"] = "diary";
        cli.Settings["Sources:Feeds:Feeds:1:Url"] = server.BaseUrl + "/diary/rss";
        using var worker = WorkerProcess.Start(cli.Directory, cli.Settings, "run");

        await worker.WaitForOutputAsync("Stored blog/journal: 12 fetched, 12 new", TimeSpan.FromSeconds(60));
        await worker.KillAsync();
        var before = await StoredStatus.ReadAsync(cli, "blog");
        server.SlowDown("/diary/", TimeSpan.Zero);
        var requestsBefore = server.Requests.Count;
        var resumed = await cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "blog");

        Assert.Equal(12, before.Posts["journal"]);
        Assert.False(before.Posts.ContainsKey("diary"));
        Assert.Contains("blog: 9 fetched, 9 new, 0 updated", resumed.Output, StringComparison.Ordinal);
        // The restart asked the first feed with its stored validators (304: nothing to read again).
        var journal = server.Requests.Skip(requestsBefore).Single(r => r.Path == "/journal/feed/");
        Assert.Equal("\"journal-v1\"", journal.IfNoneMatch);
        Assert.Equal(304, journal.Status);
        var after = await StoredStatus.ReadAsync(cli, "blog");
        Assert.Equal(12, after.Posts["journal"]);
        Assert.Equal(9, after.Posts["diary"]);
    }
}

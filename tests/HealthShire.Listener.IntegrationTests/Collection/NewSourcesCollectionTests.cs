using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes.Feeds;
using HealthShire.Listener.IntegrationTests.Fakes.Mastodon;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>
/// The real command line over a temporary store collecting from a fake Mastodon instance and a fake blog host: each
/// <c>collect --once</c> is a new host on the same database, so the second run resumes from the stored checkpoints.
/// </summary>
public sealed class NewSourcesCollectionTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CollectMastodon_TwoTagsThenARestart_StoresEachStatusOnceAndResumesFromTheCheckpoint()
    {
        await using var server = new FakeMastodonServer();
        await server.StartAsync();
        _cli.Settings["Sources:Mastodon:Enabled"] = "true";
        _cli.Settings["Sources:Mastodon:PacingEnabled"] = "false";
        _cli.Settings["Sources:Mastodon:RetryDelay"] = "00:00:00.020";
        _cli.Settings["Sources:Mastodon:Instances:0:BaseUrl"] = server.BaseUrl;
        _cli.Settings["Sources:Mastodon:Instances:0:Tags:0"] = "depression";
        _cli.Settings["Sources:Mastodon:Instances:0:Tags:1"] = "anxiety";
        server.AddStatuses(FakeMastodonStatus.Range(server.BaseUrl, 1, 30, "depression", "anxiety"));
        server.AddStatuses(FakeMastodonStatus.Range(server.BaseUrl, 31, 5, "anxiety"));

        var first = await _cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "mastodon");
        server.AddStatuses(FakeMastodonStatus.Range(server.BaseUrl, 36, 3, "depression"));
        var second = await _cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "mastodon");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("mastodon: 35 fetched, 35 new", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("mastodon: 3 fetched, 3 new", second.Output, StringComparison.Ordinal);
        Assert.Contains(server.Requests, r => r.Query.Contains($"min_id={FakeMastodonStatus.IdOf(30)}", StringComparison.Ordinal));
        using var status = await StatusAsync();
        var posts = status.RootElement.GetProperty("posts").GetProperty("mastodon");
        Assert.Equal((33, 5), (posts.GetProperty("depression").GetInt64(), posts.GetProperty("anxiety").GetInt64()));
        var checkpoints = status.RootElement.GetProperty("sources").GetProperty("mastodon").GetProperty("checkpoints");
        Assert.Equal(
            FakeMastodonStatus.IdOf(38).ToString(System.Globalization.CultureInfo.InvariantCulture),
            checkpoints.GetProperty("depression@" + server.Authority).GetProperty("value").GetString());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CollectBlog_SecondRunIsA304ThatStoresNothing()
    {
        await using var server = new FakeFeedServer();
        await server.StartAsync();
        server.SetFeed("/feed/", FeedFixtures.WordPress);
        _cli.Settings["Sources:Feeds:Enabled"] = "true";
        _cli.Settings["Sources:Feeds:PacingEnabled"] = "false";
        _cli.Settings["Sources:Feeds:Feeds:0:Name"] = "adhd-journal";
        _cli.Settings["Sources:Feeds:Feeds:0:Url"] = server.BaseUrl + "/feed/";

        var first = await _cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "blog");
        var second = await _cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "blog");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("blog: 3 fetched, 3 new", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("blog: 0 fetched, 0 new", second.Output, StringComparison.Ordinal);
        Assert.Equal([200, 304], server.Requests.Select(r => r.Status));
        using var status = await StatusAsync();
        Assert.Equal(3, status.RootElement.GetProperty("posts").GetProperty("blog").GetProperty("adhd-journal").GetInt64());
    }

    private async Task<JsonDocument> StatusAsync()
    {
        var status = await _cli.RunAsync("status", "--json");
        Assert.True(status.ExitCode == 0, status.Error);
        return JsonDocument.Parse(status.Output);
    }
}

using System.Globalization;
using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes.Bluesky;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary>The real command line over a temporary store, collecting Bluesky posts from a fake Jetstream on 127.0.0.1.</summary>
internal sealed class BlueskyCollectionHarness : IAsyncDisposable
{
    private int _nextRkey;

    private BlueskyCollectionHarness(FakeJetstreamServer server, ListenerCli cli)
    {
        Server = server;
        Cli = cli;
    }

    public FakeJetstreamServer Server { get; }

    public ListenerCli Cli { get; }

    /// <summary>The <c>time_us</c> of every post added, in the order added.</summary>
    public List<long> PostTimes { get; } = [];

    public static async Task<BlueskyCollectionHarness> StartAsync()
    {
        var server = new FakeJetstreamServer();
        await server.StartAsync(TestContext.Current.CancellationToken);
        var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:Enabled"] = "false";
        cli.Settings["Sources:Bluesky:Enabled"] = "true";
        cli.Settings["Sources:Bluesky:JetstreamUrl"] = server.SubscribeUrl;
        cli.Settings["Sources:Bluesky:ReconnectDelay"] = "00:00:00.010";
        cli.Settings["Sources:Bluesky:FirstPassBackfill"] = "01:00:00";
        cli.Settings["Sources:Bluesky:PassDuration"] = "00:10:00";
        cli.Settings["Sources:Bluesky:Terms:0:Name"] = "depression";
        cli.Settings["Sources:Bluesky:Terms:0:Terms:0"] = "depressed";
        cli.Settings["Sources:Bluesky:Terms:0:Terms:1"] = "my meds";
        cli.Settings["Sources:Bluesky:Terms:1:Name"] = "adhd";
        cli.Settings["Sources:Bluesky:Terms:1:Terms:0"] = "#adhd";
        cli.Settings["Sources:Bluesky:Terms:1:Terms:1"] = "ritalin";
        return new BlueskyCollectionHarness(server, cli);
    }

    /// <summary>Adds a post to the fake stream, <paramref name="ago"/> before now; returns its AT URI.</summary>
    public string AddPost(TimeSpan ago, string text, string? parentUri = null, string did = "did:plc:author000000000000000001")
    {
        var rkey = "3lbsky" + Interlocked.Increment(ref _nextRkey).ToString("D7", CultureInfo.InvariantCulture);
        var timeUs = FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow - ago);
        Server.Add(timeUs, FakeJetstreamJson.Post(timeUs, did, rkey, text, parentUri));
        PostTimes.Add(timeUs);
        return FakeJetstreamJson.AtUri(did, rkey);
    }

    public Task<CliResult> CollectAsync() => Cli.RunAsync(TestContext.Current.CancellationToken, "collect", "--once", "--source", "bluesky");

    /// <summary>The bluesky member of <c>status --json</c>'s sources, and its stored posts per community.</summary>
    public async Task<(JsonElement Source, Dictionary<string, long> Posts)> StatusAsync()
    {
        var status = await Cli.RunAsync(TestContext.Current.CancellationToken, "status", "--json");
        Assert.Equal(0, status.ExitCode);
        var root = JsonDocument.Parse(status.Output).RootElement;
        var posts = root.GetProperty("posts").TryGetProperty("bluesky", out var bySource)
            ? bySource.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64())
            : [];
        return (root.GetProperty("sources").GetProperty("bluesky"), posts);
    }

    public async Task<string?> CheckpointAsync(string key)
    {
        var (source, _) = await StatusAsync();
        return source.GetProperty("checkpoints").TryGetProperty(key, out var checkpoint) ? checkpoint.GetProperty("value").GetString() : null;
    }

    /// <summary>Reads one stored column of a Bluesky post straight from the database file.</summary>
    public async Task<object?> ReadColumnAsync(string sourceId, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={Cli.DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM posts WHERE source = 'bluesky' AND source_id = $id";
        command.Parameters.AddWithValue("$id", sourceId);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Cli.Dispose();
        await Server.DisposeAsync();
    }
}

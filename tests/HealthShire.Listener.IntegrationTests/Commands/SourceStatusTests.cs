using System.Net;
using System.Text.Json;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.IntegrationTests.Hosting;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Commands;

/// <summary>
/// <c>status</c> and <c>/healthz</c> list every registered source (enabled or not) with its checkpoints and the last
/// failed pass that a worker kept in the store.
/// </summary>
public sealed class SourceStatusTests : IDisposable
{
    private static readonly DateTimeOffset FailedAt = new(2026, 11, 20, 12, 30, 0, TimeSpan.Zero);

    private readonly ListenerCli _cli = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task StatusJson_ListsEachRegisteredSourceWithItsCheckpointsAndLastError()
    {
        await SeedStoreAsync();

        var result = await _cli.RunAsync("status", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var sources = json.RootElement.GetProperty("sources");
        Assert.Equal(["reddit", "x", "mastodon", "blog", "bluesky"], sources.EnumerateObject().Select(p => p.Name));
        var reddit = sources.GetProperty("reddit");
        Assert.True(reddit.GetProperty("enabled").GetBoolean());
        Assert.Equal("00:15:00", reddit.GetProperty("interval").GetString());
        Assert.Equal(["depression"], reddit.GetProperty("checkpoints").EnumerateObject().Select(p => p.Name));
        Assert.Equal("t3_abc@1763640000", reddit.GetProperty("checkpoints").GetProperty("depression").GetProperty("value").GetString());
        Assert.Equal("Response status code does not indicate success: 503", reddit.GetProperty("lastError").GetProperty("message").GetString());
        Assert.Equal("2026-11-20T12:30:00.0000000Z", reddit.GetProperty("lastError").GetProperty("at").GetString());
        var x = sources.GetProperty("x");
        Assert.False(x.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, x.GetProperty("lastError").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("posts").ValueKind);
        Assert.DoesNotContain(
            json.RootElement.GetProperty("checkpoints").EnumerateArray(),
            c => c.GetProperty("key").GetString() == LastPassError.CheckpointKey);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task StatusText_ShowsEachSourceOnALineWithItsLastError()
    {
        await SeedStoreAsync();

        var result = await _cli.RunAsync("status");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("reddit   yes     00:15:00", StringComparison.Ordinal)
            && l.Contains("2026-11-20 12:30 Response status code does not indicate success: 503", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("x        no      00:30:00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("mastodon no      00:10:00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("blog     no      00:30:00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bluesky  no      00:01:00", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Healthz_ListsEachRegisteredSourceWithItsCheckpointsAndTheKeptFailure()
    {
        await using var server = await ListenerServer.StartAsync(new Dictionary<string, string?> { ["Sources:X:Interval"] = "01:00:00" });
        await server.Services.GetRequiredService<IPostStore>().SaveBatchAsync([], StoredCheckpoints(), TestContext.Current.CancellationToken);
        using var client = server.CreateClient(apiKey: null);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken));

        var sources = json.RootElement.GetProperty("sources");
        Assert.Equal(["reddit", "x", "mastodon", "blog", "bluesky"], sources.EnumerateObject().Select(p => p.Name));
        var reddit = sources.GetProperty("reddit");
        Assert.False(reddit.GetProperty("enabled").GetBoolean());
        Assert.Equal("t3_abc@1763640000", reddit.GetProperty("checkpoints").GetProperty("depression").GetProperty("value").GetString());
        Assert.False(reddit.GetProperty("checkpoints").TryGetProperty(LastPassError.CheckpointKey, out _));
        Assert.Equal("Response status code does not indicate success: 503", reddit.GetProperty("lastFailure").GetString());
        Assert.Equal(FailedAt, reddit.GetProperty("lastFailureAt").GetDateTimeOffset());
        Assert.Equal("01:00:00", sources.GetProperty("x").GetProperty("interval").GetString());
        Assert.Equal(JsonValueKind.Null, sources.GetProperty("x").GetProperty("lastFailure").ValueKind);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Healthz_ASourceFailingThreePassesInARow_IsDegradedWith503UntilAPassSucceeds()
    {
        await using var server = await ListenerServer.StartAsync();
        var health = server.Services.GetRequiredService<CollectionHealth>();
        using var client = server.CreateClient(apiKey: null);
        for (var i = 0; i < 2; i++)
        {
            health.Failed("reddit", FailedAt, "file is not a database");
        }

        using var twice = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        health.Failed("reddit", FailedAt, "file is not a database");
        using var thrice = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await thrice.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, thrice.StatusCode);
        Assert.Equal("degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("sources").GetProperty("reddit").GetProperty("consecutiveFailures").GetInt32());
    }

    /// <summary>Writes <see cref="StoredCheckpoints"/> into the command line's store, as a worker would have.</summary>
    private async Task SeedStoreAsync()
    {
        using var host = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(_cli.Settings));
        var store = host.Services.GetRequiredService<IPostStore>();
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        await store.SaveBatchAsync([], StoredCheckpoints(), TestContext.Current.CancellationToken);
    }

    /// <summary>A subreddit's resume point and the failure a worker kept, as the collect job writes it.</summary>
    private static Checkpoint[] StoredCheckpoints() =>
    [
        new("reddit", "depression", "t3_abc@1763640000", FailedAt.AddMinutes(-15)),
        new LastPassError(FailedAt, "Response status code does not indicate success: 503").ToCheckpoint("reddit"),
    ];
}

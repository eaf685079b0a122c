using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>The real command line over a temporary store, collecting from a fake Reddit server.</summary>
internal sealed class RedditCollectionHarness : IAsyncDisposable
{
    private RedditCollectionHarness(FakeRedditServer server, ListenerCli cli)
    {
        Server = server;
        Cli = cli;
    }

    public FakeRedditServer Server { get; }

    public ListenerCli Cli { get; }

    public static async Task<RedditCollectionHarness> StartAsync(params string[] subreddits)
    {
        var server = new FakeRedditServer();
        await server.StartAsync();
        var cli = new ListenerCli();
        cli.Settings["Sources:Reddit:ApiBaseUrl"] = server.BaseUrl;
        cli.Settings["Sources:Reddit:AuthBaseUrl"] = server.BaseUrl;
        cli.Settings["Sources:Reddit:ClientId"] = server.ClientId;
        cli.Settings["Sources:Reddit:ClientSecret"] = server.ClientSecret;
        cli.Settings["Sources:Reddit:RetryDelay"] = "00:00:00.020";
        cli.Settings["Sources:Reddit:AttemptTimeout"] = "00:00:05";
        for (var i = 0; i < subreddits.Length; i++)
        {
            cli.Settings[$"Sources:Reddit:Subreddits:{i}"] = subreddits[i];
        }

        return new RedditCollectionHarness(server, cli);
    }

    public Task<CliResult> CollectAsync(CancellationToken cancellationToken = default) =>
        Cli.RunAsync(cancellationToken, "collect", "--once", "--source", "reddit");

    /// <summary>Stored posts per community for a source, as <c>status --json</c> reports them.</summary>
    public async Task<Dictionary<string, long>> StoredCountsAsync(string source = "reddit")
    {
        var status = await Cli.RunAsync("status", "--json");
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Output);
        return json.RootElement.GetProperty("posts").TryGetProperty(source, out var bySource)
            ? bySource.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64())
            : [];
    }

    /// <summary>Reads one stored column straight from the database file.</summary>
    public async Task<T?> ReadColumnAsync<T>(string sourceId, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={Cli.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM posts WHERE source = 'reddit' AND source_id = $id";
        command.Parameters.AddWithValue("$id", sourceId);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Cli.Dispose();
        await Server.DisposeAsync();
    }
}

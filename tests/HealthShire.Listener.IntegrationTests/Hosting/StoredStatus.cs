using System.Text.Json;

namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>What <c>status --json</c> says of one source: its stored posts per community and its checkpoints by key.</summary>
internal sealed record StoredStatus(IReadOnlyDictionary<string, long> Posts, IReadOnlyDictionary<string, string> Checkpoints)
{
    public static async Task<StoredStatus> ReadAsync(ListenerCli cli, string source)
    {
        var status = await cli.RunAsync(TestContext.Current.CancellationToken, "status", "--json");
        Assert.Equal(0, status.ExitCode);
        var root = JsonDocument.Parse(status.Output).RootElement;
        var posts = root.GetProperty("posts").TryGetProperty(source, out var bySource)
            ? bySource.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal)
            : new Dictionary<string, long>(StringComparer.Ordinal);
        var checkpoints = root.GetProperty("sources").GetProperty(source).GetProperty("checkpoints").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetProperty("value").GetString() ?? "", StringComparer.Ordinal);
        return new StoredStatus(posts, checkpoints);
    }
}

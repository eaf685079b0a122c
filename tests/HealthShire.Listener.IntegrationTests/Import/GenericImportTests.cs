using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Collection;
using Microsoft.Data.Sqlite;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary><c>import --source generic</c>: exports of networks without a read API, as CSV or JSON Lines.</summary>
public sealed class GenericImportTests
{
    private static readonly string Recent = DateTimeOffset.UtcNow.AddDays(-3).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_Csv_StoresThePostsUnderTheNetworkWithSafeLinksAndPseudonyms()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var csv = Path.Combine(h.Cli.Directory, "tumblr-export.csv");
        await File.WriteAllTextAsync(csv, string.Join('\n',
            "community,created_at,id,text,url,title,author,reply_count,likes",
            $"mentalhealth,{Recent},t1,\"I have been so anxious,\nand I cannot sleep. Does this pass?\",https://example-blog.tumblr.com/post/1,Night worries,real_name_1,0,5",
            $"mentalhealth,{Recent},t2,<p>Therapy <b>helped</b> me</p>,javascript:alert(1),,real_name_2,3,1",
            $"mentalhealth,{Recent},t3,plain text,http://example-blog.tumblr.com/post/3,,,,",
            $"mentalhealth,not a time,t4,text,https://example-blog.tumblr.com/post/4,,,,") + "\n", TestContext.Current.CancellationToken);

        var result = await h.Cli.RunAsync("import", "--source", "generic", "--network", "Tumblr", csv);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("import tumblr: 1 files, 4 read, 3 stored (3 new, 0 updated), 0 deleted or removed, 1 malformed", result.Output, StringComparison.Ordinal);
        Assert.Contains("tumblr-export.csv line 6: 'created_at' is not an ISO 8601 time or Unix seconds", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, (await h.StoredCountsAsync("tumblr"))["mentalhealth"]);
        Assert.Equal("https://example-blog.tumblr.com/post/1", await ReadAsync(h, "t1", "url"));
        Assert.Equal(string.Empty, await ReadAsync(h, "t2", "url"));
        Assert.Equal(string.Empty, await ReadAsync(h, "t3", "url"));
        Assert.Equal("I have been so anxious,\nand I cannot sleep. Does this pass?", await ReadAsync(h, "t1", "body"));
        Assert.Equal("Therapy helped me", await ReadAsync(h, "t2", "body"));
        var pseudonym = await ReadAsync(h, "t1", "author_pseudonym");
        Assert.False(string.IsNullOrEmpty(pseudonym));
        Assert.DoesNotContain("real_name", pseudonym, StringComparison.Ordinal);
        Assert.Equal("3", await ReadAsync(h, "t2", "reply_count"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_JsonLinesTwice_StoresOnceAndReportsABadLine()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var jsonl = Path.Combine(h.Cli.Directory, "facebook-group.jsonl");
        await File.WriteAllTextAsync(jsonl, string.Join('\n',
            JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = 1001, ["text"] = "Is it normal to feel numb on lexapro?", ["created_at"] = 1_760_000_000, ["community"] = "Anxiety Support", ["url"] = null }),
            "{\"id\": 1002, \"text\": \"broken",
            JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = "1003", ["text"] = "Week two without a drink.", ["created_at"] = Recent, ["community"] = "Anxiety Support", ["url"] = "https://www.facebook.com/groups/1/posts/1003" })) + "\n", TestContext.Current.CancellationToken);

        var first = await h.Cli.RunAsync("import", "--source", "generic", "--network", "facebook", jsonl);
        var second = await h.Cli.RunAsync("import", "--source", "generic", "--network", "facebook", jsonl);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 read, 2 stored (2 new, 0 updated), 0 deleted or removed, 1 malformed", first.Output, StringComparison.Ordinal);
        Assert.Contains("facebook-group.jsonl line 2: not valid JSON", first.Error, StringComparison.Ordinal);
        Assert.Contains("2 stored (0 new, 2 updated)", second.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await h.StoredCountsAsync("facebook"))["Anxiety Support"]);
        Assert.Equal("https://www.facebook.com/groups/1/posts/1003", await ReadAsync(h, "1003", "url"));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("export.csv", "id,text,created_at,community\nx1,hello,2025-01-01T00:00:00Z,pins\n", "missing column 'url'")]
    [InlineData("export.jsonl", "{\"id\": \"x1\", \"text\": \"hello\", \"community\": \"pins\", \"url\": \"\"}\n", "missing field 'created_at'")]
    public async Task Import_MissingColumn_FailsInOneLineNamingIt(string name, string content, string message)
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var file = Path.Combine(h.Cli.Directory, name);
        await File.WriteAllTextAsync(file, content, TestContext.Current.CancellationToken);

        var result = await h.Cli.RunAsync("import", "--source", "generic", "--network", "pinterest", file);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(message, StringComparison.Ordinal));
        Assert.StartsWith("Error: ", error, StringComparison.Ordinal);
        Assert.Contains("0 stored", result.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_GenericWithoutNetwork_IsRefused()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var file = Path.Combine(h.Cli.Directory, "export.csv");
        await File.WriteAllTextAsync(file, "id,text,created_at,community,url\n", TestContext.Current.CancellationToken);

        var result = await h.Cli.RunAsync("import", "--source", "generic", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--source generic needs --network NAME", result.Error, StringComparison.Ordinal);
    }

    private static async Task<string?> ReadAsync(RedditCollectionHarness h, string id, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={h.Cli.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM posts WHERE source_id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

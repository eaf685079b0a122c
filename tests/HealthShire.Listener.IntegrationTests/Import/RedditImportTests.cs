using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Collection;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary><c>import --source reddit</c> from the outside: the real command line over a temporary store.</summary>
public sealed class RedditImportTests
{
    private static readonly DateTimeOffset LastYear = DateTimeOffset.UtcNow.AddDays(-300);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_PlainDump_StoresEveryPostPerSubreddit()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var dump = await DumpFile.WritePlainAsync(
            Path.Combine(h.Cli.Directory, "RS_2025-01.ndjson"),
            DumpFile.Lines([.. ImportPosts.Range("a", 12, LastYear), .. ImportPosts.Range("d", 8, LastYear, "depression")]));

        var result = await h.Cli.RunAsync("import", "--source", "reddit", dump);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("import reddit: 1 files, 20 read, 20 stored (20 new, 0 updated), 0 deleted or removed, 0 malformed, 0 filtered out", result.Output, StringComparison.Ordinal);
        var counts = await h.StoredCountsAsync();
        Assert.Equal(12, counts["ADHD"]);
        Assert.Equal(8, counts["depression"]);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(0)]
    [InlineData(31)]
    public async Task Import_ZstdDump_IsDecodedWhateverItsWindow(int windowLog)
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var dump = await DumpFile.WriteZstdAsync(
            Path.Combine(h.Cli.Directory, "ADHD_submissions.zst"), DumpFile.Lines(ImportPosts.Range("z", 1500, LastYear)), windowLog);

        var result = await h.Cli.RunAsync("import", "--source", "reddit", dump);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1500 stored (1500 new, 0 updated)", result.Output, StringComparison.Ordinal);
        Assert.Equal(1500, (await h.StoredCountsAsync())["ADHD"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_DeletedAndRemovedPosts_AreCountedAndNeverStored()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var posts = ImportPosts.Range("g", 6, LastYear);
        posts[0] = posts[0] with { Selftext = "[deleted]", Author = "[deleted]" };
        posts[1] = posts[1] with { Selftext = "[removed]" };
        posts[2] = posts[2] with { RemovedByCategory = "moderator" };
        posts[3] = posts[3] with { Author = "[deleted]" };
        var dump = await DumpFile.WritePlainAsync(Path.Combine(h.Cli.Directory, "dump.ndjson"), DumpFile.Lines(posts));

        var result = await h.Cli.RunAsync("import", "--source", "reddit", dump);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("6 read, 2 stored (2 new, 0 updated), 4 deleted or removed", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await h.StoredCountsAsync())["ADHD"]);
        Assert.Null(await h.ReadColumnAsync<string>("g1", "title"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_MalformedLines_AreReportedWithTheirNumbersAndTheRestIsStored()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var lines = DumpFile.Lines(ImportPosts.Range("m", 5, LastYear)).ToList();
        lines.Insert(2, "{\"id\": \"cut\", \"title\": \"half a li");
        lines.Insert(4, "");
        lines.Insert(5, "[1, 2, 3]");
        lines.Insert(6, "{\"id\": \"c1\", \"body\": \"a comment, not a submission\", \"created_utc\": 1700000000, \"subreddit\": \"ADHD\"}");
        var dump = await DumpFile.WritePlainAsync(Path.Combine(h.Cli.Directory, "dump.ndjson"), lines);

        var result = await h.Cli.RunAsync("import", "--source", "reddit", dump);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dump.ndjson line 3: not a JSON object of a submission", result.Error, StringComparison.Ordinal);
        Assert.Contains("dump.ndjson line 6: not a JSON object of a submission", result.Error, StringComparison.Ordinal);
        Assert.Contains("dump.ndjson line 7: not a submission: it has no title", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("half a li", result.Error, StringComparison.Ordinal);
        Assert.Contains("8 read, 5 stored (5 new, 0 updated), 0 deleted or removed, 3 malformed", result.Output, StringComparison.Ordinal);
        Assert.Equal(5, (await h.StoredCountsAsync())["ADHD"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_FromToAndSubreddit_StoreOnlyWhatIsAsked()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var start = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var posts = new[]
        {
            ImportPosts.Range("early", 3, start.AddDays(-2))[0],
            ImportPosts.Range("in", 3, start.AddDays(1))[0],
            ImportPosts.Range("last", 3, start.AddDays(3).AddHours(23))[0],
            ImportPosts.Range("late", 3, start.AddDays(4))[0],
            ImportPosts.Range("other", 3, start.AddDays(1), "bipolar")[0],
        };
        var dump = await DumpFile.WritePlainAsync(Path.Combine(h.Cli.Directory, "dump.ndjson"), DumpFile.Lines(posts));

        var result = await h.Cli.RunAsync("import", "--source", "reddit", dump, "--from", "2025-03-01", "--to", "2025-03-04", "--subreddit", "adhd");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 read, 2 stored (2 new, 0 updated), 0 deleted or removed, 0 malformed, 3 filtered out", result.Output, StringComparison.Ordinal);
        Assert.NotNull(await h.ReadColumnAsync<string>("in1", "source_id"));
        Assert.NotNull(await h.ReadColumnAsync<string>("last1", "source_id"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_SameFileTwice_ChangesNoCount()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var dump = await DumpFile.WriteZstdAsync(Path.Combine(h.Cli.Directory, "dump.zst"), DumpFile.Lines(ImportPosts.Range("i", 40, LastYear)));
        var first = await h.Cli.RunAsync("import", "--source", "reddit", dump);
        var trendsBefore = await TrendPostsAsync(h);

        var second = await h.Cli.RunAsync("import", "--source", "reddit", dump);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("40 stored (0 new, 40 updated)", second.Output, StringComparison.Ordinal);
        Assert.Equal(40, (await h.StoredCountsAsync())["ADHD"]);
        Assert.Equal(40, trendsBefore);
        Assert.Equal(trendsBefore, await TrendPostsAsync(h));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ApiPass_AfterImport_UpdatesTheImportedPostsAndNeverDuplicates()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var posts = RecentPosts.Range("r", 1, 30);
        var dump = await DumpFile.WritePlainAsync(
            Path.Combine(h.Cli.Directory, "dump.ndjson"), DumpFile.Lines(posts.Select(p => p with { Subreddit = "ADHD", NumComments = 0 })));
        Assert.Equal(0, (await h.Cli.RunAsync("import", "--source", "reddit", dump)).ExitCode);
        h.Server.AddPosts("ADHD", [.. posts.Select(p => p with { NumComments = 7 })]);

        var collected = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, collected.ExitCode);
        Assert.Contains("reddit: 30 fetched, 0 new, 30 updated", collected.Output, StringComparison.Ordinal);
        Assert.Equal(30, (await h.StoredCountsAsync())["ADHD"]);
        Assert.Equal(7, await h.ReadColumnAsync<int>("r1", "reply_count"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_UnknownFileOrNetworkOption_IsRefusedAsBadInput()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");

        var missing = await h.Cli.RunAsync("import", "--source", "reddit", Path.Combine(h.Cli.Directory, "nope.zst"));
        var network = await h.Cli.RunAsync("import", "--source", "reddit", "--network", "tumblr", Path.Combine(h.Cli.Directory, "nope.zst"));

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.zst' does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, network.ExitCode);
        Assert.Contains("--network is only for --source generic", network.Error, StringComparison.Ordinal);
    }

    private static async Task<long> TrendPostsAsync(RedditCollectionHarness h)
    {
        var from = LastYear.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = LastYear.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var trends = await h.Cli.RunAsync("trends", "--json", "--interval", "day", "--from", from, "--to", to);
        Assert.Equal(0, trends.ExitCode);
        using var json = JsonDocument.Parse(trends.Output);
        return json.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Sum(p => p.GetProperty("posts").GetInt64());
    }
}

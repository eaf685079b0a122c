using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>The real host's <c>collect --once</c> and <c>status</c> against a fake Reddit server.</summary>
public sealed class RedditCollectionTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_FirstRun_StoresEveryPostAndStatusCountsThem()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 150));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 30));

        var result = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reddit: 180 fetched, 180 new", result.Output, StringComparison.Ordinal);
        var counts = await h.StoredCountsAsync();
        Assert.Equal(150, counts["depression"]);
        Assert.Equal(30, counts["ADHD"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_NothingNew_SaysSoInsteadOfWarningOfAnIncompletePass()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 10));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 3));
        Assert.Equal(0, (await h.CollectAsync(TestContext.Current.CancellationToken)).ExitCode);
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 4, 2));

        var second = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("  depression: nothing new", second.Output, StringComparison.Ordinal);
        Assert.Contains("  ADHD: 2 fetched, 2 new, 0 updated", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("incomplete", second.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_SecondRun_FetchesOnlyWhatIsNewAndNeverDuplicates()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 120));
        Assert.Equal(0, (await h.CollectAsync(TestContext.Current.CancellationToken)).ExitCode);
        h.Server.AddPosts("depression", RecentPosts.Range("d", 121, 5));
        var listingsBefore = ListingRequests(h);

        var second = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("5 new", second.Output, StringComparison.Ordinal);
        Assert.Equal(1, ListingRequests(h) - listingsBefore);
        Assert.Equal(125, (await h.StoredCountsAsync())["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_CancelledMidPass_NextRunOnTheSameDatabaseGetsEverythingExactlyOnce()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 40));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 40));
        h.Server.InjectFault(FakeRedditFault.Slow(TimeSpan.FromSeconds(30)), times: 1, urlContains: "/r/ADHD/");
        using var stop = new CancellationTokenSource();
        // Stop (as Ctrl+C would) once the pass is waiting on the second subreddit.
        h.Server.RequestStarted = path =>
        {
            if (path.StartsWith("/r/ADHD/", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        };

        var interrupted = await h.CollectAsync(stop.Token);

        Assert.Equal(0, interrupted.ExitCode);
        var afterCrash = await h.StoredCountsAsync();
        Assert.Equal(40, afterCrash["depression"]);
        Assert.False(afterCrash.ContainsKey("ADHD"));

        var resumed = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, resumed.ExitCode);
        var counts = await h.StoredCountsAsync();
        Assert.Equal(40, counts["depression"]);
        Assert.Equal(40, counts["ADHD"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_TooManyRequests_WaitsForRetryAfterAndCollectsEverything()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 10));
        h.Server.InjectFault(FakeRedditFault.TooManyRequests(1), times: 1, urlContains: "/r/depression/");

        var result = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        var log = string.Concat(Directory.GetFiles(Path.Combine(h.Cli.Directory, "logs")).Select(File.ReadAllText));
        Assert.Contains("answered 429 Too Many Requests; waiting \"00:00:01\" (Retry-After)", log, StringComparison.Ordinal);
        Assert.Equal(10, (await h.StoredCountsAsync())["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_TruncatedPage_KeepsThatCheckpointWhileOtherSubredditsContinue()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression", "ADHD");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 150));
        h.Server.AddPosts("ADHD", RecentPosts.Range("a", 1, 20));
        h.Server.InjectFault(FakeRedditFault.TruncatedBody(), times: 1, urlContains: "after=");

        var bad = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, bad.ExitCode);
        Assert.Contains("incomplete: checkpoint kept", bad.Output, StringComparison.Ordinal);
        var partial = await h.StoredCountsAsync();
        Assert.Equal(100, partial["depression"]);
        Assert.Equal(20, partial["ADHD"]);

        var repaired = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, repaired.ExitCode);
        Assert.Equal(150, (await h.StoredCountsAsync())["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_RevokedToken_FetchesOneNewTokenAndGoesOn()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 3));
        Assert.Equal(0, (await h.CollectAsync(TestContext.Current.CancellationToken)).ExitCode);
        h.Server.RevokeTokens();
        h.Server.AddPosts("depression", RecentPosts.Range("d", 4, 2));

        var result = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, (await h.StoredCountsAsync())["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_RefreshPass_UpdatesRepliesAndClearsTextOfRemovedPosts()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 3));
        Assert.Equal(0, (await h.CollectAsync(TestContext.Current.CancellationToken)).ExitCode);
        h.Server.UpdatePost("d1", p => p with { NumComments = 4 });
        h.Server.RemovePost("d2");

        var result = await h.CollectAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4L, await h.ReadColumnAsync<long>("d1", "reply_count"));
        Assert.Equal(string.Empty, await h.ReadColumnAsync<string>("d2", "body"));
        Assert.Equal(string.Empty, await h.ReadColumnAsync<string>("d2", "title"));
        Assert.NotEqual(string.Empty, await h.ReadColumnAsync<string>("d3", "body"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_TagsEveryPostAndNeverStoresOrLogsTheRawAuthorName()
    {
        await using var h = await RedditCollectionHarness.StartAsync("depression");
        h.Server.AddPosts("depression", RecentPosts.Range("d", 1, 5));

        Assert.Equal(0, (await h.CollectAsync(TestContext.Current.CancellationToken)).ExitCode);

        Assert.False(string.IsNullOrEmpty(await h.ReadColumnAsync<string>("d1", "topic")));
        Assert.False(string.IsNullOrEmpty(await h.ReadColumnAsync<string>("d1", "model_version")));
        var pseudonym = await h.ReadColumnAsync<string>("d1", "author_pseudonym");
        Assert.False(string.IsNullOrEmpty(pseudonym));
        Assert.DoesNotContain("throwaway", pseudonym, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(h.Cli.Directory, "*", SearchOption.AllDirectories))
        {
            // The database, its WAL and the log files alike.
            var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
            Assert.DoesNotContain("throwaway_name_", text, StringComparison.Ordinal);
        }
    }

    private static int ListingRequests(RedditCollectionHarness h) =>
        h.Server.Requests.Count(r => !r.IsTokenRequest && r.Path.Contains("/new", StringComparison.Ordinal));
}

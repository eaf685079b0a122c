using HealthShire.Listener.Testing;
using HealthShire.Listener.IntegrationTests.Fakes.Bluesky;

namespace HealthShire.Listener.IntegrationTests.Sources.Bluesky;

/// <summary><c>collect --once --source bluesky</c> and <c>status</c> through the real command line against a fake Jetstream.</summary>
public sealed class BlueskyCollectionTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_StoresOnlyPostsMatchingATermGroup_UnderTheFirstGroupThatMatched()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        var depressed = harness.AddPost(TimeSpan.FromMinutes(30), "So DEPRESSED today, and my meds ran out");
        harness.AddPost(TimeSpan.FromMinutes(29), "Ritalin day one. #ADHD");
        harness.AddPost(TimeSpan.FromMinutes(28), "depressed and ritalin both: the first group wins");
        var other = harness.AddPost(TimeSpan.FromMinutes(27), "lovely weather, undepressedly cheerful, #adhdx");

        var result = await harness.CollectAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bluesky: 3 fetched, 3 new", result.Output, StringComparison.Ordinal);
        var (_, posts) = await harness.StatusAsync();
        Assert.Equal(2, posts["depression"]);
        Assert.Equal(1, posts["adhd"]);
        Assert.Null(await harness.ReadColumnAsync(other, "source_id"));
        var pseudonym = (string?)await harness.ReadColumnAsync(depressed, "author_pseudonym");
        Assert.False(string.IsNullOrEmpty(pseudonym));
        Assert.DoesNotContain("did:plc", pseudonym, StringComparison.Ordinal);
        Assert.Equal(
            "https://bsky.app/profile/did:plc:author000000000000000001/post/" + depressed.Split('/')[^1],
            await harness.ReadColumnAsync(depressed, "url"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_AfterARestart_ResumesAtTheStoredCursor_NothingLostNothingDuplicated()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(40 - i), $"depressed, first run #{i}");
        }

        var first = await harness.CollectAsync();
        var cursor = long.Parse(await harness.CheckpointAsync("cursor") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 3; i++)
        {
            // Written while the collector was stopped, before its next start.
            harness.AddPost(TimeSpan.FromMinutes(20 - i), $"depressed, while stopped #{i}");
        }

        var second = await harness.CollectAsync();

        Assert.Contains("bluesky: 5 fetched, 5 new, 0 updated", first.Output, StringComparison.Ordinal);
        Assert.Contains("bluesky: 3 fetched, 3 new, 0 updated", second.Output, StringComparison.Ordinal);
        Assert.Equal(cursor, FakeJetstreamServer.CursorOf(harness.Server.Queries[^1]));
        var (_, posts) = await harness.StatusAsync();
        Assert.Equal(8, posts["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_ServerDropsTheConnectionMidPass_ReconnectsFromTheLastEventHandled()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(30 - i), $"feeling depressed #{i}");
        }

        harness.Server.DropNextConnectionAfter(4);
        var result = await harness.CollectAsync();

        Assert.Contains("bluesky: 10 fetched, 10 new, 0 updated", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Queries.Count);
        Assert.True(
            FakeJetstreamServer.CursorOf(harness.Server.Queries[1]) > FakeJetstreamServer.CursorOf(harness.Server.Queries[0]),
            string.Join(" then ", harness.Server.Queries));
        var (_, posts) = await harness.StatusAsync();
        Assert.Equal(10, posts["depression"]);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_ConnectionsResetTwice_BacksOffAndStillReadsEverythingOnce()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        for (var i = 0; i < 6; i++)
        {
            harness.AddPost(TimeSpan.FromMinutes(30 - i), $"feeling depressed #{i}");
        }

        harness.Server.DropNextConnectionAfter(0, abort: true);
        harness.Server.DropNextConnectionAfter(0, abort: true);
        var result = await harness.CollectAsync();

        Assert.Contains("bluesky: 6 fetched, 6 new, 0 updated", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, harness.Server.Queries.Count);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_MalformedMessages_AreSkippedAndTheStreamGoesOn()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.AddPost(TimeSpan.FromMinutes(30), "depressed before the junk");
        var junkAt = FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(29));
        harness.Server.Add(junkAt, "{\"did\":\"did:plc:x\",\"time_us\":");
        harness.Server.Add(junkAt + 1, "not json at all <script>alert(1)</script>");
        harness.Server.Add(junkAt + 2, "{\"did\":\"did:plc:x\",\"time_us\":\"soon\",\"kind\":\"commit\"}");
        harness.Server.Add(junkAt + 3, FakeJetstreamJson.Post(junkAt + 3, "did:plc:bad/../x", "3lbad", "depressed but a bad did"));
        harness.Server.Add(junkAt + 4, FakeJetstreamJson.Post(junkAt + 4, "did:plc:author1", "bad rkey?", "depressed but a bad rkey"));
        harness.AddPost(TimeSpan.FromMinutes(28), "depressed after the junk");

        var result = await harness.CollectAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bluesky: 2 fetched, 2 new", result.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_RepliesInTheStream_RaiseTheStoredParentsReplyCount_AndAreFlaggedReplies()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        var question = harness.AddPost(TimeSpan.FromMinutes(30), "I just started ritalin, what should I expect?");
        harness.AddPost(TimeSpan.FromMinutes(29), "hang in there, it gets easier", parentUri: question);
        var matchingReply = harness.AddPost(TimeSpan.FromMinutes(28), "my meds did the same #adhd", parentUri: question);
        var deleted = harness.AddPost(TimeSpan.FromMinutes(27), "depressed, will delete this");
        var deletedRkey = deleted.Split('/')[^1];
        var deletedAt = FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(26));
        harness.Server.Add(deletedAt, FakeJetstreamJson.Delete(deletedAt, "did:plc:author000000000000000001", deletedRkey));

        await harness.CollectAsync();
        harness.AddPost(TimeSpan.FromMinutes(10), "a reply in the next pass", parentUri: question);
        await harness.CollectAsync();

        Assert.Equal(3L, await harness.ReadColumnAsync(question, "reply_count"));
        Assert.Equal(0L, await harness.ReadColumnAsync(question, "flags"));
        Assert.Equal(8L, await harness.ReadColumnAsync(matchingReply, "flags"));
        Assert.Equal(1L, (long)(await harness.ReadColumnAsync(deleted, "flags") ?? 0L) & 1);
        Assert.Equal("", await harness.ReadColumnAsync(deleted, "body"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_StoredCursorOlderThanTheReplayWindow_StatusNamesTheGap()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.Cli.Settings["Sources:Bluesky:FirstPassBackfill"] = "06:00:00";
        harness.AddPost(TimeSpan.FromHours(5), "depressed, long ago");
        await harness.CollectAsync();
        harness.AddPost(TimeSpan.FromHours(4), "depressed, lost in the outage");
        harness.AddPost(TimeSpan.FromMinutes(30), "depressed, after the outage");
        harness.Server.ReplayFrom = DateTimeOffset.UtcNow - TimeSpan.FromHours(1);
        harness.Cli.Settings["Sources:Bluesky:ReplayWindow"] = "01:00:00";
        harness.Cli.Settings["Sources:Bluesky:FirstPassBackfill"] = "00:05:00";

        var result = await harness.CollectAsync();
        var status = await harness.Cli.RunAsync(TestContext.Current.CancellationToken, "status");

        Assert.Contains("bluesky: 1 fetched, 1 new", result.Output, StringComparison.Ordinal);
        var gap = await harness.CheckpointAsync("gap");
        Assert.NotNull(gap);
        Assert.Contains("were not replayed", gap, StringComparison.Ordinal);
        Assert.Contains("not replayed", status.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_EndsWhenTheStreamReachesThePassStart_LeavingLaterEventsForTheNextPass()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.AddPost(TimeSpan.FromMinutes(5), "depressed, before the pass");
        var later = harness.AddPost(TimeSpan.FromMinutes(-10), "depressed, stamped after the pass began");
        var startedAt = FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow);

        // PassDuration is ten minutes: only reaching the pass's start time ends this pass within the test's timeout.
        var result = await harness.CollectAsync();

        Assert.Contains("bluesky: 1 fetched, 1 new", result.Output, StringComparison.Ordinal);
        Assert.Null(await harness.ReadColumnAsync(later, "source_id"));
        var cursor = long.Parse(await harness.CheckpointAsync("cursor") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(cursor < startedAt, $"cursor {cursor} should stop before the pass start {startedAt}");
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_QuietStream_EndsAtPassDurationWithWhatItRead()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.Server.LiveTraffic = false;
        harness.Cli.Settings["Sources:Bluesky:PassDuration"] = "00:00:02";
        harness.AddPost(TimeSpan.FromMinutes(5), "depressed in a quiet stream");

        var result = await harness.CollectAsync();

        Assert.Contains("bluesky: 1 fetched, 1 new", result.Output, StringComparison.Ordinal);
        Assert.NotNull(await harness.CheckpointAsync("cursor"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Collect_JetstreamUnreachable_SaysSoAndExitsCleanly()
    {
        await using var harness = await BlueskyCollectionHarness.StartAsync();
        harness.Cli.Settings["Sources:Bluesky:JetstreamUrl"] = "ws://127.0.0.1:9/subscribe";
        harness.Cli.Settings["Sources:Bluesky:PassDuration"] = "00:00:01";

        var result = await harness.CollectAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bluesky: not reached: Jetstream at ws://127.0.0.1:9/subscribe could not be reached", result.Output, StringComparison.Ordinal);
    }
}

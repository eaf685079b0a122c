using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

namespace HealthShire.Listener.IntegrationTests.Sources.Mastodon;

public sealed class MastodonPostSourceFetchTests
{
    private static readonly Dictionary<string, string?> TwoPagesOf40 = new() { ["Sources:Mastodon:MaxPages"] = "2" };

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_FirstPass_PagesBackThroughTheLinkHeaderUpToMaxPages()
    {
        await using var host = await MastodonTestHost.StartAsync(["Depression"], settings: TwoPagesOf40);
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 100, "depression"));

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal("depression", batch.Community);
        Assert.Equal(80, batch.Posts.Count);
        Assert.Equal(80, batch.Posts.Select(p => p.SourceId).Distinct().Count());
        Assert.Equal(FakeMastodonStatus.Start.AddMinutes(21), batch.Posts.Min(p => p.CreatedAt));
        var checkpoint = Assert.Single(batch.Checkpoints);
        Assert.Equal(("mastodon", "depression@" + host.Server.Authority), (checkpoint.Source, checkpoint.Key));
        Assert.Equal(FakeMastodonStatus.IdOf(100).ToString(System.Globalization.CultureInfo.InvariantCulture), checkpoint.Value);
        var requests = host.Server.Requests;
        Assert.Equal(["?limit=40", $"?limit=40&max_id={FakeMastodonStatus.IdOf(61)}"], requests.Select(r => r.Query));
        Assert.All(requests, r => Assert.Equal("/api/v1/timelines/tag/depression", r.Path));
        Assert.All(requests, r => Assert.Null(r.Authorization));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_AfterRestart_ReadsForwardFromTheCheckpointWithMinIdUntilCaughtUp()
    {
        await using var host = await MastodonTestHost.StartAsync(["adhd"]);
        var baseUrl = host.Server.BaseUrl;
        host.Server.AddStatuses(FakeMastodonStatus.Range(baseUrl, 1, 10, "adhd"));
        var first = Assert.Single(await host.FetchAsync());
        host.Server.AddStatuses(FakeMastodonStatus.Range(baseUrl, 11, 90, "adhd"));
        await host.RestartAsync();
        var before = host.Server.Requests.Count;

        var second = Assert.Single(await host.FetchAsync(first.Checkpoints));

        Assert.Equal(10, first.Posts.Count);
        Assert.Equal(90, second.Posts.Count);
        Assert.Equal(FakeMastodonStatus.Start.AddMinutes(11), second.Posts.Min(p => p.CreatedAt));
        Assert.Equal(FakeMastodonStatus.IdOf(100).ToString(System.Globalization.CultureInfo.InvariantCulture), second.Checkpoints.Single().Value);
        Assert.Equal(
            [$"?limit=40&min_id={FakeMastodonStatus.IdOf(10)}", $"?limit=40&min_id={FakeMastodonStatus.IdOf(50)}", $"?limit=40&min_id={FakeMastodonStatus.IdOf(90)}"],
            host.Server.Requests.Skip(before).Select(r => r.Query));

        var third = Assert.Single(await host.FetchAsync(second.Checkpoints));

        Assert.Empty(third.Posts);
        // Caught up is a clean pass: the same id is stored again, as read now.
        Assert.Equal(second.Checkpoints.Single().Value, third.Checkpoints.Single().Value);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SameStatusUnderTwoTagsAndOnTwoInstances_IsOnePost()
    {
        await using var host = await MastodonTestHost.StartAsync(["depression", "anxiety"], servers: 2);
        var (a, b) = (host.Servers[0], host.Servers[1]);
        var shared = FakeMastodonStatus.Numbered(a.BaseUrl, 5, "depression", "anxiety");
        a.AddStatuses(shared, FakeMastodonStatus.Numbered(a.BaseUrl, 6, "anxiety"));

        // Instance b knows the same status (same uri) under its own local id, as federation does.
        b.AddStatuses(shared with { Id = 77_000_001, Acct = "alice@" + new Uri(a.BaseUrl).Host });

        var batches = await host.FetchAsync();

        Assert.Equal(4, batches.Count);
        var posts = batches.SelectMany(p => p.Posts).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts, p => p.Community == "depression");
        Assert.Single(posts, p => p.Community == "anxiety");
        Assert.All(batches, batch => Assert.Single(batch.Checkpoints));
        Assert.Equal(4, batches.Select(batch => batch.Checkpoints.Single().Key).Distinct().Count());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_HostileHtml_BecomesHarmlessTextAndForeignOrScriptLinksAreDropped()
    {
        await using var host = await MastodonTestHost.StartAsync(["ptsd"]);
        var baseUrl = host.Server.BaseUrl;
        host.Server.AddStatuses(
            FakeMastodonStatus.Numbered(baseUrl, 1, "ptsd") with
            {
                Content = "<p>Night <script>alert('x')</script>terrors &amp; <a href=\"javascript:alert(1)\" onclick=\"steal()\">flashbacks</a></p><p>again<br>today</p><style>p{}</style>",
                SpoilerText = "  trauma <b>cw</b>  ",
                Url = "javascript:alert(1)",
            },
            FakeMastodonStatus.Numbered(baseUrl, 2, "ptsd") with { Url = "https://evil.example/@alice/2" },
            FakeMastodonStatus.Numbered(baseUrl, 3, "ptsd") with { Url = $"http://{host.Server.Authority}/@alice/3" });

        var posts = Assert.Single(await host.FetchAsync()).Posts.OrderBy(p => p.CreatedAt).ToList();

        Assert.Equal("Night terrors & flashbacks\n\nagain\ntoday", posts[0].Body);
        Assert.Equal("trauma <b>cw</b>", posts[0].Title);
        Assert.All(posts, p => Assert.Equal("", p.Url));
        Assert.DoesNotContain(posts, p => p.Body.Contains("alert", StringComparison.Ordinal) || p.Body.Contains('<', StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_ReplyStatusesAreFlaggedAndAuthorsPseudonymised()
    {
        await using var host = await MastodonTestHost.StartAsync(["bipolar"]);
        var baseUrl = host.Server.BaseUrl;
        host.Server.AddStatuses(
            FakeMastodonStatus.Numbered(baseUrl, 1, "bipolar") with { RepliesCount = 3, FavouritesCount = 7 },
            FakeMastodonStatus.Numbered(baseUrl, 2, "bipolar") with { InReplyToId = FakeMastodonStatus.IdOf(1), Acct = "bob@other.example" });

        var posts = Assert.Single(await host.FetchAsync()).Posts.OrderBy(p => p.CreatedAt).ToList();

        Assert.Equal((PostFlags.None, 3, 7), (posts[0].Flags, posts[0].ReplyCount, posts[0].Score));
        Assert.Equal(PostFlags.Reply, posts[1].Flags);
        Assert.Equal($"https://{host.Server.Authority}/@alice/{FakeMastodonStatus.IdOf(1)}", posts[0].Url);
        Assert.NotNull(posts[0].AuthorPseudonym);
        Assert.NotEqual(posts[0].AuthorPseudonym, posts[1].AuthorPseudonym);
        Assert.DoesNotContain("alice", posts[0].AuthorPseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("bob", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_AccessTokenIsSentAsBearerAndNeverLogged()
    {
        const string Token = "secret-mastodon-token-123";
        await using var host = await MastodonTestHost.StartAsync(
            ["anxiety"], settings: new Dictionary<string, string?> { ["Sources:Mastodon:AccessToken"] = Token });
        host.Server.AddStatuses(FakeMastodonStatus.Range(host.Server.BaseUrl, 1, 2, "anxiety"));

        Assert.Equal(2, Assert.Single(await host.FetchAsync()).Posts.Count);

        Assert.All(host.Server.Requests, r => Assert.Equal("Bearer " + Token, r.Authorization));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains(Token, StringComparison.Ordinal));
    }
}

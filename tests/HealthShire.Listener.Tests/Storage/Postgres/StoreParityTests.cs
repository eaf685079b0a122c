using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using static HealthShire.Listener.Tests.Storage.Postgres.StoreParityHistory;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// The PostgreSQL store against the SQLite one: the same random history of saves, refreshes, re-tags, marks and text
/// retention goes to both, and after every phase every read must answer alike.
/// </summary>
public sealed class StoreParityTests
{
    private static readonly CancellationToken None = TestContext.Current.CancellationToken;

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    public async Task EveryCall_SameRandomHistory_AnswersAsTheSqliteStore(string zone)
    {
        await using var parity = await StoreParity.CreateAsync(TimeZoneInfo.FindSystemTimeZoneById(zone), Start);
        var random = new Random(20250414);
        var stored = new List<(string Source, string SourceId)>();
        var saved = await SaveBatchesAsync(parity, random, stored, batches: 5);
        Assert.True(saved.Inserted > 300 && saved.Updated > 40, $"Seeded {saved}.");
        await CompareReadsAsync(parity, "seeded");

        Tick(parity, random);
        var refreshed = 0;
        foreach (var source in SourceNames.Append("nowhere"))
        {
            var keys = stored.Where(key => key.Source == source).Select(key => key.SourceId).ToList();
            IReadOnlyList<PostUpdate> updates =
            [
                .. Enumerable.Range(0, keys.Count / 3).Select(_ => new PostUpdate(Pick(random, keys), random.Next(-5, 900), random.Next(4) == 0 ? 0 : random.Next(1, 30), RandomFlags(random))),
                new PostUpdate("never-stored", 1, 1, PostFlags.None),
            ];
            refreshed += await parity.SameAsync($"ApplyUpdatesAsync {source}", (posts, _) => posts.ApplyUpdatesAsync(source, updates, None));
        }

        Assert.True(refreshed > 80, $"Refreshed {refreshed}.");
        await CompareReadsAsync(parity, "refreshed");

        Tick(parity, random);
        IReadOnlyList<PostTagUpdate> retags =
        [
            .. Enumerable.Range(0, 70).Select(_ => Pick(random, stored)).Select(key => new PostTagUpdate(key.Source, key.SourceId, RandomTags(random, "model-2"))),
            new PostTagUpdate("reddit", "never-stored", RandomTags(random, "model-2")),
        ];
        Assert.Equal(70, await parity.SameAsync("UpdateTagsAsync", (posts, _) => posts.UpdateTagsAsync(retags, None)));
        await CompareReadsAsync(parity, "retagged");

        Tick(parity, random);
        var open = await parity.SameAsync("open questions to mark", (_, insights) => insights.GetOpenQuestionsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(365), QuestionOrder.Newest, 1, 40), parity.Now, None));
        var marks = open.Items.Where(_ => random.Next(2) == 0).Select(item => PostId.TryParse(item.Id, out var source, out var id) ? (source, id) : default)
            .Concat(Enumerable.Range(0, 10).Select(_ => Pick(random, stored)))
            .Append(("reddit", "never-stored"))
            .ToList();
        var marked = 0;
        foreach (var (source, id) in marks)
        {
            var mark = random.Next(2) == 0 ? PostMark.Engaged : PostMark.Dismissed;
            marked += await parity.SameAsync($"MarkAsync {source} {id} {mark}", (_, insights) => insights.MarkAsync(source, id, mark, None)) ? 1 : 0;
        }

        Assert.Equal(marks.Count - 1, marked);
        await CompareReadsAsync(parity, "marked");

        Tick(parity, random);
        var cleared = await parity.SameAsync("ClearTextOlderThanAsync", (_, insights) => insights.ClearTextOlderThanAsync(parity.Now.AddDays(-35), None));
        Assert.True(cleared > 50, $"Cleared {cleared}.");
        Assert.Equal(0, await parity.SameAsync("ClearTextOlderThanAsync again", (_, insights) => insights.ClearTextOlderThanAsync(parity.Now.AddDays(-35), None)));
        await CompareReadsAsync(parity, "cleared");

        await SaveBatchesAsync(parity, random, stored, batches: 2);
        await CompareReadsAsync(parity, "seen again");
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_LoneSurrogatesInText_StoredAsSqliteStoresThem()
    {
        await using var parity = await StoreParity.CreateAsync(TimeZoneInfo.Utc, Start);
        var createdAt = Start.AddDays(-1);
        var post = Some.Post("lone", community: "brain \uD83E", title: "high \uD83D alone", body: "low \uDE00 first, \uDE00\uD83D reversed, 😀 whole", createdAt: createdAt);
        var tags = Some.Tags(Topics.Anxiety, question: true);

        var saved = await parity.SameAsync("SaveBatchAsync", (posts, _) => posts.SaveBatchAsync([Some.Classified(post, tags), Some.Classified(post with { Score = 7 }, tags)], [], None));
        await parity.SameAsync("SaveBatchAsync again", (posts, _) => posts.SaveBatchAsync([Some.Classified(post, Some.Tags(Topics.Adhd, question: true))], [], None));
        await parity.SameAsync("UpdateTagsAsync", (posts, _) => posts.UpdateTagsAsync([new PostTagUpdate("reddit", "lone", Some.Tags(Topics.Ptsd, question: true))], None));

        Assert.Equal(new SaveResult(1, 1), saved);
        var text = Assert.Single(await parity.SameAsync("ReadPostTextsAsync", (posts, _) => posts.ReadPostTextsAsync(null, None)));
        Assert.Equal(("high \uFFFD alone", "low \uFFFD first, \uFFFD\uFFFD reversed, 😀 whole"), (text.Title, text.Body));
        var status = await parity.SameAsync("GetStatusAsync", (posts, _) => posts.GetStatusAsync(None));
        Assert.Equal("brain \uFFFD", Assert.Single(status.Communities).Community);
        var day = DateOnly.FromDateTime(createdAt.UtcDateTime);
        var trends = await parity.SameAsync("GetTrendsAsync", (_, insights) => insights.GetTrendsAsync(new(day, day, TrendInterval.Day, null, "reddit", "brain \uFFFD"), None));
        Assert.Equal([(Topics.Ptsd, 1L)], trends.Select(series => (series.Topic, series.Points[0].Posts)).Where(count => count.Item2 != 0));
        await parity.SameAsync("GetOpenQuestionsAsync", (_, insights) => insights.GetOpenQuestionsAsync(new(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 10), parity.Now, None));
        await parity.SameAsync("ExportPostsAsync", (_, insights) => insights.ExportPostsAsync(new(day, day, null, true), None));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_NulInCommunity_CountsTheDayAsSqliteDoes()
    {
        await using var parity = await StoreParity.CreateAsync(TimeZoneInfo.Utc, Start);
        // PostgreSQL stores the community with U+FFFD for the NUL (SQLite keeps it), so only counts compare here.
        var post = Some.Post("nul", community: "nul\0here", createdAt: Start.AddDays(-2));
        await parity.SameAsync("SaveBatchAsync", (posts, _) => posts.SaveBatchAsync([Some.Classified(post, Some.Tags(question: true))], [], None));
        await parity.SameAsync("UpdateTagsAsync", (posts, _) => posts.UpdateTagsAsync([new PostTagUpdate("reddit", "nul", Some.Tags(Topics.Adhd))], None));

        var day = DateOnly.FromDateTime(post.CreatedAt.UtcDateTime);
        var trends = await parity.SameAsync("GetTrendsAsync", (_, insights) => insights.GetTrendsAsync(new(day, day, TrendInterval.Day, null, "reddit", null), None));
        Assert.Equal([(Topics.Adhd, 1L)], trends.Select(series => (series.Topic, series.Points[0].Posts)).Where(count => count.Item2 != 0));
    }

    private static async Task CompareReadsAsync(StoreParity parity, string phase)
    {
        var now = parity.Now;
        var today = parity.Today;
        var status = await parity.SameAsync($"{phase}: GetStatusAsync", (posts, _) => posts.GetStatusAsync(None));
        Assert.NotEmpty(status.Communities);
        foreach (var source in SourceNames.Append("nowhere"))
        {
            await parity.SameAsync($"{phase}: GetCheckpointsAsync {source}", (posts, _) => posts.GetCheckpointsAsync(source, None));
            foreach (var after in new[] { now.AddDays(-7), now.AddDays(-30).ToOffset(TimeSpan.FromHours(-5)), DateTimeOffset.UnixEpoch })
            {
                await parity.SameAsync($"{phase}: GetRefreshCandidatesAsync {source} {after:o}", (posts, _) => posts.GetRefreshCandidatesAsync(source, after, None));
            }
        }

        await parity.SameAsync($"{phase}: ReadPostTextsAsync", (posts, _) => posts.ReadPostTextsAsync(null, None));
        await parity.SameAsync($"{phase}: ReadPostTextsAsync since", (posts, _) => posts.ReadPostTextsAsync(now.AddDays(-20), None));

        var counted = 0L;
        foreach (var query in TrendQueries(today))
        {
            var series = await parity.SameAsync($"{phase}: GetTrendsAsync {query}", (_, insights) => insights.GetTrendsAsync(query, None));
            counted += series.Sum(one => one.Points.Sum(point => point.Posts + point.Unanswered));
        }

        Assert.True(counted > 0);

        foreach (var (day, weeks) in new[] { (today, 8), (today.AddDays(-17), 4), (today, 1) })
        {
            await parity.SameAsync($"{phase}: GetRisingTopicsAsync {day} {weeks}", (_, insights) => insights.GetRisingTopicsAsync(day, weeks, None));
        }

        var listed = 0L;
        foreach (var query in PostQueries())
        {
            listed += (await parity.SameAsync($"{phase}: GetOpenQuestionsAsync {query}", (_, insights) => insights.GetOpenQuestionsAsync(query, now, None))).Total;
            listed += (await parity.SameAsync($"{phase}: GetCrisisPostsAsync {query}", (_, insights) => insights.GetCrisisPostsAsync(query, now, None))).Total;
        }

        Assert.True(listed > 0);
        foreach (var query in ExportQueries(today))
        {
            var exported = await parity.SameAsync($"{phase}: ExportPostsAsync {query}", (_, insights) => insights.ExportPostsAsync(query, None));
            Assert.NotEmpty(exported);
        }
    }

    private static TrendQuery[] TrendQueries(DateOnly today) =>
    [
        new(today.AddDays(-13), today, TrendInterval.Day, null, null, null),
        new(today.AddDays(-75), today, TrendInterval.Week, null, null, null),
        new(today.AddDays(-75), today, TrendInterval.Day, Topics.Depression, null, null),
        new(today.AddDays(-40), today.AddDays(-3), TrendInterval.Week, null, "x", null),
        new(today.AddDays(-60), today, TrendInterval.Day, null, null, "ADHD"),
        new(today.AddDays(-60), today.AddDays(-1), TrendInterval.Week, Topics.None, "reddit", "depression"),
        new(today.AddDays(-9), today.AddDays(-9), TrendInterval.Day, null, "lemmy", null),
        new(today.AddDays(-30), today, TrendInterval.Day, "not_a_topic", null, null),
        new(today.AddDays(10), today.AddDays(30), TrendInterval.Week, null, null, null),
        new(new(1969, 12, 30), new(1970, 1, 2), TrendInterval.Day, null, null, null),
    ];

    private static PostQuery[] PostQueries() =>
    [
        new(null, null, null, TimeSpan.FromDays(90), QuestionOrder.Newest, 1, 25),
        new(null, null, null, TimeSpan.FromDays(90), QuestionOrder.Score, 2, 7),
        new(Topics.Anxiety, null, null, TimeSpan.FromDays(60), QuestionOrder.Newest, 1, 10),
        new(null, "x", null, TimeSpan.FromDays(30), QuestionOrder.Score, 1, 50),
        new(null, null, "🧠 brain", TimeSpan.MaxValue, QuestionOrder.Newest, 1, 100),
        new(null, "reddit", "ADHD", TimeSpan.FromDays(3), QuestionOrder.Newest, 1, 5),
        new(null, null, null, TimeSpan.Zero, QuestionOrder.Newest, 1, 5),
        new(null, null, null, TimeSpan.FromDays(90), QuestionOrder.Newest, 40, 10),
        new(Topics.None, "reddit", null, TimeSpan.FromDays(21), QuestionOrder.Score, 3, 3),
    ];

    private static ExportQuery[] ExportQueries(DateOnly today) =>
    [
        new(today.AddDays(-80), today, null, false),
        new(today.AddDays(-80), today, null, true),
        new(today.AddDays(-20), today.AddDays(-20), null, true),
        new(today.AddDays(-50), today.AddDays(-10), Topics.Depression, true),
        new(today.AddDays(-50), today.AddDays(-10), Topics.None, false),
        new(new(1969, 12, 31), new(1970, 1, 1), null, true),
    ];

}

using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// The PostgreSQL store against the SQLite one: the same random history of saves, refreshes, re-tags, marks and text
/// retention goes to both, and after every phase every read must answer alike.
/// </summary>
public sealed class StoreParityTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // A Monday; ten weeks back crosses the start of daylight saving time in New York (9 March 2025).
    private static readonly DateTimeOffset Start = new(2025, 4, 14, 13, 0, 0, TimeSpan.Zero);

    private static readonly string[] Sources = ["reddit", "x", "lemmy"];

    private static readonly string[] Communities = ["depression", "adhd", "ADHD", "Anxiety", "bpd_support", "ménière", "🧠 brain", "Zürich"];

    private static readonly string[] Titles =
        ["", "Need advice", "<script>alert('x')</script>", "Robert'); DROP TABLE posts;--", "Emoji 😀🧠💊", "  spaced \t\t title  ", "%_\\ like"];

    private static readonly string[] Words =
        ["I", "feel", "tired", "sertraline?", "<b>bold</b>", "&amp;", "😀", "🧠", "\n\n", "\t", "    ", "does anyone know", "'quote'", "\"x\"", "\u200b", "\r\n"];

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    public async Task EveryCall_SameRandomHistory_AnswersAsTheSqliteStore(string zone)
    {
        await using var parity = await StoreParity.CreateAsync(TimeZoneInfo.FindSystemTimeZoneById(zone), Start);
        if (parity is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var random = new Random(20250414);
        var stored = new List<(string Source, string SourceId)>();
        var saved = await SaveBatchesAsync(parity, random, stored, batches: 5);
        Assert.True(saved.Inserted > 300 && saved.Updated > 40, $"Seeded {saved}.");
        await CompareReadsAsync(parity, "seeded");

        Tick(parity, random);
        var refreshed = 0;
        foreach (var source in Sources.Append("nowhere"))
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

    /// <summary>Saves batches of new posts, posts seen again (some twice in one batch) and checkpoints; the summed results.</summary>
    private static async Task<SaveResult> SaveBatchesAsync(StoreParity parity, Random random, List<(string Source, string SourceId)> stored, int batches)
    {
        var total = new SaveResult(0, 0);
        var first = stored.Count;
        for (var batch = 0; batch < batches; batch++)
        {
            var tag = $"{first}-{batch}";
            List<ClassifiedPost> posts =
            [
                .. Enumerable.Range(0, 80).Select(i => RandomPost(random, parity, Pick(random, Sources), $"n{tag}-{i}")),
                .. Enumerable.Range(0, stored.Count == 0 ? 0 : 12).Select(_ => Pick(random, stored)).Select(key => RandomPost(random, parity, key.Source, key.SourceId)),
            ];
            posts.AddRange(Enumerable.Range(0, 3).Select(_ => Pick(random, posts).Post).Select(post => RandomPost(random, parity, post.Source, post.SourceId)));
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(posts));
            IReadOnlyList<Checkpoint> checkpoints =
            [
                new("reddit", Pick(random, Communities), tag, default),
                new("x", "query-meds", tag, parity.Now.AddSeconds(-batch).ToOffset(TimeSpan.FromHours(2))),
                new("reddit", "depression", "first " + tag, default),
                new("reddit", "depression", "last " + tag, parity.Now.AddMilliseconds(-7)),
            ];

            var result = await parity.SameAsync($"SaveBatchAsync {tag}", (store, _) => store.SaveBatchAsync(posts, checkpoints, None));
            total = new SaveResult(total.Inserted + result.Inserted, total.Updated + result.Updated);
            stored.AddRange(posts.Select(post => (post.Post.Source, post.Post.SourceId)).Except(stored));
            Tick(parity, random);
        }

        await parity.SameAsync("SaveBatchAsync checkpoints only", (store, _) => store.SaveBatchAsync([], [new("lemmy", "<key> 😀", "v", default)], None));
        await parity.SameAsync("SaveBatchAsync nothing", (store, _) => store.SaveBatchAsync([], [], None));
        return total;
    }

    private static async Task CompareReadsAsync(StoreParity parity, string phase)
    {
        var now = parity.Now;
        var today = parity.Today;
        var status = await parity.SameAsync($"{phase}: GetStatusAsync", (posts, _) => posts.GetStatusAsync(None));
        Assert.NotEmpty(status.Communities);
        foreach (var source in Sources.Append("nowhere"))
        {
            await parity.SameAsync($"{phase}: GetCheckpointsAsync {source}", (posts, _) => posts.GetCheckpointsAsync(source, None));
            foreach (var after in new[] { now.AddDays(-7), now.AddDays(-30).ToOffset(TimeSpan.FromHours(-5)), DateTimeOffset.UnixEpoch })
            {
                await parity.SameAsync($"{phase}: GetRefreshCandidatesAsync {source} {after:o}", (posts, _) => posts.GetRefreshCandidatesAsync(source, after, None));
            }
        }

        await parity.SameAsync($"{phase}: ReadPostTextsAsync", (posts, _) => posts.ReadPostTextsAsync(null, None));
        await parity.SameAsync($"{phase}: ReadPostTextsAsync since", (posts, _) => posts.ReadPostTextsAsync(now.AddDays(-20), None));

        foreach (var query in TrendQueries(today))
        {
            var series = await parity.SameAsync($"{phase}: GetTrendsAsync {query}", (_, insights) => insights.GetTrendsAsync(query, None));
            Assert.NotEmpty(series);
        }

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
            await parity.SameAsync($"{phase}: ExportPostsAsync {query}", (_, insights) => insights.ExportPostsAsync(query, None));
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
    ];

    private static ClassifiedPost RandomPost(Random random, StoreParity parity, string source, string sourceId) => new(
        new Post(
            source,
            sourceId,
            Pick(random, Communities),
            Pick(random, Titles),
            RandomBody(random),
            random.Next(5) == 0 ? null : $"{random.NextInt64():x16}",
            $"https://example.test/{source}/{sourceId}?a=<b>&c=\"d\"",
            RandomCreatedAt(random, parity),
            random.Next(-5, 500),
            random.Next(5) < 3 ? 0 : random.Next(1, 60),
            RandomFlags(random)),
        RandomTags(random, "model-1"));

    // Whole milliseconds (SQLite keeps no finer); some at the zone's midnight or just before it, some with an offset.
    private static DateTimeOffset RandomCreatedAt(Random random, StoreParity parity) => random.Next(10) switch
    {
        0 => parity.Calendar.StartOf(parity.Today.AddDays(-random.Next(70))),
        1 => parity.Calendar.StartOf(parity.Today.AddDays(-random.Next(70))).AddMilliseconds(-1),
        2 => Start.AddMilliseconds(-random.NextInt64(70L * 24 * 3600 * 1000)).ToOffset(TimeSpan.FromMinutes(330)),
        _ => Start.AddMilliseconds(-random.NextInt64(70L * 24 * 3600 * 1000)),
    };

    private static string RandomBody(Random random) => random.Next(12) switch
    {
        0 => string.Empty,
        1 => "[deleted]",
        2 => string.Concat(Enumerable.Range(0, 300).Select(_ => Pick(random, Words) + " ")),
        _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(random, Words))),
    };

    private static PostFlags RandomFlags(Random random) => random.Next(20) switch
    {
        0 or 1 => PostFlags.Deleted,
        2 => PostFlags.Removed,
        3 => PostFlags.Over18,
        4 => PostFlags.Deleted | PostFlags.Removed,
        _ => PostFlags.None,
    };

    private static PostTags RandomTags(Random random, string model)
    {
        var question = random.Next(5) < 2;
        var medication = random.Next(5) == 0;
        var probability = random.Next(30) == 0 ? float.NaN : (float)Math.Round(random.NextDouble(), 3);
        IntentScore Intent(bool present) => new(present, (float)random.NextDouble());
        return new PostTags(
            Topics.All[random.Next(Topics.All.Count)], probability, Intent(question), Intent(medication), Intent(medication && question), Intent(random.Next(10) == 0), model);
    }

    private static void Tick(StoreParity parity, Random random) =>
        parity.SetTime(parity.Now.AddMinutes(random.Next(1, 90)).AddMilliseconds(random.Next(1000)));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// The random writes of the parity tests: posts from several sources and communities over ten weeks, with hostile
/// text, gone flags, replies, duplicates and checkpoints; all times at whole milliseconds (SQLite keeps no finer).
/// </summary>
internal static class StoreParityHistory
{
    private static readonly CancellationToken None = TestContext.Current.CancellationToken;

    // A Monday; ten weeks back crosses the start of daylight saving time in New York (9 March 2025).
    public static readonly DateTimeOffset Start = new(2025, 4, 14, 13, 0, 0, TimeSpan.Zero);

    public static readonly string[] SourceNames = ["reddit", "x", "lemmy"];

    private static readonly string[] Communities = ["depression", "adhd", "ADHD", "Anxiety", "bpd_support", "ménière", "🧠 brain", "Zürich"];

    private static readonly string[] Titles =
        ["", "Need advice", "<script>alert('x')</script>", "Robert'); DROP TABLE posts;--", "Emoji 😀🧠💊", "  spaced \t\t title  ", "%_\\ like"];

    private static readonly string[] Words =
        ["I", "feel", "tired", "sertraline?", "<b>bold</b>", "&amp;", "😀", "🧠", "\n\n", "\t", "    ", "does anyone know", "'quote'", "\"x\"", "\u200b", "\r\n", "lone \uD83D surrogate"];

    /// <summary>Saves batches of new posts, posts seen again (some twice in one batch) and checkpoints; the summed results.</summary>
    public static async Task<SaveResult> SaveBatchesAsync(StoreParity parity, Random random, List<(string Source, string SourceId)> stored, int batches)
    {
        var total = new SaveResult(0, 0);
        var first = stored.Count;
        for (var batch = 0; batch < batches; batch++)
        {
            var tag = $"{first}-{batch}";
            List<ClassifiedPost> posts =
            [
                .. Enumerable.Range(0, 80).Select(i => RandomPost(random, parity, Pick(random, SourceNames), $"n{tag}-{i}")),
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

    // Whole milliseconds (SQLite keeps no finer); some at the zone's midnight or just before it, some with an offset,
    // a few around the Unix epoch or far ahead (a wrong clock upstream).
    private static DateTimeOffset RandomCreatedAt(Random random, StoreParity parity) => random.Next(10) switch
    {
        3 when random.Next(10) == 0 => Pick(random, [DateTimeOffset.UnixEpoch.AddMilliseconds(-1), DateTimeOffset.UnixEpoch, Start.AddYears(70)]),
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

    public static PostFlags RandomFlags(Random random) => random.Next(20) switch
    {
        0 or 1 => PostFlags.Deleted,
        2 => PostFlags.Removed,
        3 => PostFlags.Over18,
        4 => PostFlags.Deleted | PostFlags.Removed,
        _ => PostFlags.None,
    };

    public static PostTags RandomTags(Random random, string model)
    {
        var question = random.Next(5) < 2;
        var medication = random.Next(5) == 0;
        var probability = random.Next(30) == 0 ? float.NaN : (float)Math.Round(random.NextDouble(), 3);
        IntentScore Intent(bool present) => new(present, (float)random.NextDouble());
        return new PostTags(
            Topics.All[random.Next(Topics.All.Count)], probability, Intent(question), Intent(medication), Intent(medication && question), Intent(random.Next(10) == 0), model);
    }

    public static void Tick(StoreParity parity, Random random) =>
        parity.SetTime(parity.Now.AddMinutes(random.Next(1, 90)).AddMilliseconds(random.Next(1000)));

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

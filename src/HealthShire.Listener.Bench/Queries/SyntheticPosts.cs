using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Queries;

/// <summary>Made-up tagged posts spread over about 26 weeks, topics, sources and communities.</summary>
internal static class SyntheticPosts
{
    private static readonly string[] Communities =
        ["depression", "ADHD", "Anxiety", "bipolar", "ptsd", "EatingDisorders", "SuicideWatch", "alcoholism", "antidepressants", "mentalhealth", "adhd-query", "anxiety-query"];

    public static IEnumerable<IReadOnlyList<ClassifiedPost>> Batches(int count, int batchSize, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var span = TimeSpan.FromDays(7 * 26).TotalSeconds;
        var batch = new List<ClassifiedPost>(batchSize);
        for (var i = 0; i < count; i++)
        {
            // Later weeks get a little more traffic, as collections grow.
            var age = TimeSpan.FromSeconds(span * Math.Pow(random.NextDouble(), 1.2));
            var topic = Topics.All[Math.Min(Topics.All.Count - 1, (int)(Topics.All.Count * Math.Pow(random.NextDouble(), 1.3)))];
            var source = random.Next(5) == 0 ? "x" : "reddit";
            var question = random.Next(10) < 3;
            var medicationQuestion = question && random.Next(6) == 0;
            var crisis = random.Next(50) == 0;
            var id = "b" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            var post = new Post(
                source, id, Communities[random.Next(Communities.Length)], $"Synthetic post {id} about {topic}",
                "Synthetic body text used only to measure the store.", null, $"https://example.invalid/{id}", now - age,
                random.Next(-2, 40), question && random.Next(10) < 4 ? 0 : random.Next(0, 12), PostFlags.None);
            batch.Add(new ClassifiedPost(post, new PostTags(
                topic, 0.8f, new IntentScore(question, 0.8f), new IntentScore(medicationQuestion, 0.5f),
                new IntentScore(medicationQuestion, 0.5f), new IntentScore(crisis, 0.9f), "bench")));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<ClassifiedPost>(batchSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}

using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench;

/// <summary>
/// Post texts for benchmarks: real posts from a labelled CSV when one is given or found beside the
/// repository, otherwise generated text of about the same length.
/// </summary>
internal static class BenchTexts
{
    private static readonly string[] Words =
    [
        "I", "have", "been", "feeling", "low", "for", "weeks", "and", "my", "doctor", "started", "me", "on", "a", "new",
        "medication", "yesterday", "does", "anyone", "know", "what", "to", "expect", "sleep", "anxious", "work", "family",
        "therapy", "appointment", "tired", "focus", "racing", "thoughts", "panic", "attack", "again", "today", "help",
        "advice", "please", "side", "effects", "dose", "morning", "night", "better", "worse", "friends", "alone", "school",
    ];

    public static async Task<IReadOnlyList<PostText>> LoadAsync(string? csvPath, int minimum, CancellationToken cancellationToken)
    {
        if (csvPath is not null && File.Exists(csvPath))
        {
            var file = await PostCsvReader.ReadAsync(csvPath, cancellationToken);
            var texts = file.Posts.Select(p => new PostText(p.Title, p.Body)).ToList();
            if (texts.Count > 0)
            {
                return texts;
            }
        }

        var random = new Random(20261125);
        return [.. Enumerable.Range(0, Math.Max(minimum, 1000)).Select(_ => new PostText(Sentence(random, 10), Sentence(random, 180)))];
    }

    /// <summary>The shared labelled posts beside the repository, when this runs from a checkout.</summary>
    public static string? FindSharedDevCsv()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "reddit-mh", "dev.csv");
            if (File.Exists(Path.Combine(dir.FullName, "HealthShire.Listener.sln")))
            {
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}

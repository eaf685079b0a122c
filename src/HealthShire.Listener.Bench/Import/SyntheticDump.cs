using System.Globalization;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using ZstdSharp;

namespace HealthShire.Listener.Bench.Import;

/// <summary>
/// Writes a made-up Reddit submissions dump as archives ship them: one JSON object per line with the API's field
/// names (and the extra fields dumps carry), zstd-compressed. About 1 in 100 posts is deleted or removed.
/// </summary>
internal static class SyntheticDump
{
    private static readonly string[] Subreddits = ["depression", "ADHD", "Anxiety", "bipolar", "ptsd", "EatingDisorders", "alcoholism", "antidepressants", "mentalhealth"];

    /// <summary>Writes <paramref name="count"/> submissions over the two years before <paramref name="now"/>, cycling through <paramref name="texts"/>.</summary>
    /// <returns>The decoded size in bytes.</returns>
    public static long Write(string path, int count, IReadOnlyList<PostText> texts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(20261207);
        var first = now.AddDays(-730).ToUnixTimeSeconds();
        var span = now.AddDays(-1).ToUnixTimeSeconds() - first;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var counted = 0L;
        using (var zstd = new CompressionStream(file, level: 3, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(zstd))
        {
            for (var i = 0; i < count; i++)
            {
                if (i % 10_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var text = texts[i % texts.Count];
                var id = "b" + i.ToString("x", CultureInfo.InvariantCulture);
                var subreddit = Subreddits[random.Next(Subreddits.Length)];
                var gone = random.Next(100);
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("name", "t3_" + id);
                writer.WriteString("subreddit", subreddit);
                writer.WriteString("subreddit_id", "t5_2qqqq");
                writer.WriteString("title", text.Title);
                writer.WriteString("selftext", gone == 0 ? "[removed]" : gone == 1 ? "[deleted]" : text.Body);
                writer.WriteString("author", gone == 1 ? "[deleted]" : "user_" + random.Next(50_000).ToString(CultureInfo.InvariantCulture));
                writer.WriteNumber("created_utc", first + (long)(random.NextDouble() * span));
                writer.WriteNumber("score", random.Next(-2, 200));
                writer.WriteNumber("num_comments", random.Next(0, 40));
                writer.WriteString("permalink", $"/r/{subreddit}/comments/{id}/synthetic_post/");
                writer.WriteString("url", $"https://www.reddit.com/r/{subreddit}/comments/{id}/synthetic_post/");
                writer.WriteBoolean("over_18", false);
                writer.WriteBoolean("is_self", true);
                writer.WriteBoolean("edited", false);
                writer.WriteNull("link_flair_text");
                if (gone == 2)
                {
                    writer.WriteString("removed_by_category", "moderator");
                }
                else
                {
                    writer.WriteNull("removed_by_category");
                }

                writer.WriteNumber("retrieved_on", now.ToUnixTimeSeconds());
                writer.WriteEndObject();
                writer.Flush();
                counted += writer.BytesCommitted + 1;
                writer.Reset();
                zstd.WriteByte((byte)'\n');
            }
        }

        return counted;
    }
}

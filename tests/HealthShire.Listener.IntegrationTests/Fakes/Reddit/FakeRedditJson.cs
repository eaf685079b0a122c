using System.Text;
using System.Text.Json;

namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>Writes the JSON shapes Reddit answers with.</summary>
internal static class FakeRedditJson
{
    public static string Listing(IEnumerable<FakeRedditPost> posts, string? after) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "Listing");
        writer.WriteStartObject("data");
        writer.WriteString("modhash", "");
        writer.WriteNumber("dist", 0);
        writer.WriteStartArray("children");
        foreach (var post in posts)
        {
            WriteLink(writer, post);
        }

        writer.WriteEndArray();
        writer.WriteString("after", after);
        writer.WriteNull("before");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static string Error(int status, string message, string? reason = null) => Write(writer =>
    {
        writer.WriteStartObject();
        if (reason is not null)
        {
            writer.WriteString("reason", reason);
        }

        writer.WriteString("message", message);
        writer.WriteNumber("error", status);
        writer.WriteEndObject();
    });

    public static string Token(string token, TimeSpan lifetime) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("access_token", token);
        writer.WriteString("token_type", "bearer");
        writer.WriteNumber("expires_in", (int)lifetime.TotalSeconds);
        writer.WriteString("scope", "*");
        writer.WriteEndObject();
    });

    /// <summary>A submission as archive dumps hold it: the t3's data object alone, on one line.</summary>
    public static string Submission(FakeRedditPost post) => Write(writer => WriteData(writer, post));

    private static void WriteLink(Utf8JsonWriter writer, FakeRedditPost post)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "t3");
        writer.WritePropertyName("data");
        WriteData(writer, post);
        writer.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter writer, FakeRedditPost post)
    {
        writer.WriteStartObject();
        writer.WriteString("id", post.Id);
        writer.WriteString("name", post.Fullname);
        writer.WriteString("subreddit", post.Subreddit);
        writer.WriteString("title", post.Title);
        writer.WriteString("selftext", post.Selftext);
        writer.WriteString("author", post.Author);
        writer.WriteString("permalink", $"/r/{post.Subreddit}/comments/{post.Id}/a_title/");
        writer.WriteNumber("created_utc", (double)post.CreatedAt.ToUnixTimeSeconds());
        writer.WriteNumber("score", post.Score);
        writer.WriteNumber("num_comments", post.NumComments);
        writer.WriteBoolean("over_18", post.Over18);
        writer.WriteString("removed_by_category", post.RemovedByCategory);
        writer.WriteBoolean("is_self", true);
        writer.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Sources.Reddit.Dumps;

/// <summary>
/// Reads a Pushshift / Arctic Shift submissions dump (one JSON object per line, the API's own field names) into the
/// posts the Reddit API source makes of the same submissions, with the same ids, so an API pass later updates them.
/// </summary>
internal static class RedditDumpReader
{
    private const PostFlags GoneFlags = PostFlags.Deleted | PostFlags.Removed;

    /// <summary>Each line of <paramref name="content"/> in order; blank lines give nothing.</summary>
    public static IEnumerable<ImportItem> Read(Stream content, IAuthorPseudonymizer pseudonymizer)
    {
        var lines = new JsonLines(content);
        while (lines.TryRead(out var line, out var tooLong))
        {
            if (tooLong)
            {
                yield return ImportItem.Malformed(lines.LineNumber, JsonLines.TooLongProblem);
                continue;
            }

            yield return Map(lines.LineNumber, line, pseudonymizer);
        }
    }

    private static ImportItem Map(long number, ReadOnlySpan<byte> line, IAuthorPseudonymizer pseudonymizer)
    {
        RedditLink? link;
        try
        {
            link = JsonSerializer.Deserialize(line, RedditDumpJsonContext.Default.RedditLink);
        }
        catch (JsonException ex)
        {
            // The parser's message names the position and the expected token, never the line's text.
            return ImportItem.Malformed(number, $"not a JSON object of a submission ({FirstSentence(ex.Message)})");
        }

        if (link is null)
        {
            return ImportItem.Malformed(number, "not a JSON object of a submission (null)");
        }

        if (link.Title is null)
        {
            // A comments dump has bodies, not titles: storing its lines as posts would make empty posts.
            return ImportItem.Malformed(number, "not a submission: it has no title (is this a comments dump?)");
        }

        if (!RedditPostMapper.TryMap(link, fallbackCommunity: string.Empty, pseudonymizer, out var post, out var reason))
        {
            return ImportItem.Malformed(number, $"skipped because {reason}");
        }

        if (string.IsNullOrEmpty(post.Community))
        {
            return ImportItem.Malformed(number, "skipped because it has no subreddit");
        }

        return (post.Flags & GoneFlags) != 0 ? ImportItem.Gone(number) : ImportItem.Of(number, post);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}

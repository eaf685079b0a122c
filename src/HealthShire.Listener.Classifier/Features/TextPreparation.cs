using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Features;

internal static class TextPreparation
{
    /// <summary>Posts longer than this are cut: the topic is clear long before, and hostile input must not cost unbounded time.</summary>
    public const int MaxChars = 6000;

    public static string Combine(PostText text) => Combine(text.Title, text.Body);

    public static string Combine(string? title, string? body)
    {
        title ??= string.Empty;
        body ??= string.Empty;
        var combined = title.Length == 0 ? body : body.Length == 0 ? title : string.Concat(title, "\n", body);
        return combined.Length <= MaxChars ? combined : combined[..MaxChars];
    }

    /// <summary>The same text as <see cref="Combine(string?, string?)"/>, written into a buffer of at least <see cref="MaxChars"/>.</summary>
    public static int Combine(ReadOnlySpan<char> title, ReadOnlySpan<char> body, Span<char> destination)
    {
        destination = destination[..MaxChars];
        if (title.IsEmpty || body.IsEmpty)
        {
            var only = title.IsEmpty ? body : title;
            var length = Math.Min(only.Length, MaxChars);
            only[..length].CopyTo(destination);
            return length;
        }

        var written = Math.Min(title.Length, MaxChars);
        title[..written].CopyTo(destination);
        if (written < MaxChars)
        {
            destination[written++] = '\n';
            var rest = Math.Min(body.Length, MaxChars - written);
            body[..rest].CopyTo(destination[written..]);
            written += rest;
        }

        return written;
    }

    /// <summary>The length of the combined text, without building it.</summary>
    public static int CombinedLength(ReadOnlySpan<char> title, ReadOnlySpan<char> body) =>
        Math.Min(MaxChars, title.Length + body.Length + (title.IsEmpty || body.IsEmpty ? 0 : 1));

    /// <summary>
    /// Whether a post goes to the short-text topic head: no title (a tweet, a toot, a first sentence) and at most
    /// <paramref name="maxChars"/> characters. A title alone stays with the whole-post head, which is trained on titles
    /// and scores them better than a head shared with tweets.
    /// </summary>
    public static bool TakesShortHead(ReadOnlySpan<char> title, ReadOnlySpan<char> body, int maxChars) =>
        title.IsWhiteSpace() && CombinedLength(title, body) <= maxChars;

    /// <summary>True when the text has at least two words of letters, the least the model can say anything about.</summary>
    public static bool HasWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord && ++words >= 2)
            {
                return true;
            }

            inWord = letter;
        }

        return false;
    }
}

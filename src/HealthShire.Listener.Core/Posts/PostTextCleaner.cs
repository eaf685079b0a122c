using System.Text;

namespace HealthShire.Listener.Core.Posts;

/// <summary>
/// Normalises text on its way in, so that every output (API, dashboard, CSV, e-mail, terminal) gets clean text:
/// NUL and the other C0 controls except tab and line breaks, DEL and the C1 controls are removed; line breaks become
/// <c>\n</c>; bidirectional controls (right-to-left override and its kin), which can make text read other than it
/// is, are removed; a lone surrogate becomes U+FFFD.
/// </summary>
public static class PostTextCleaner
{
    /// <summary>The post with its title, body and community cleaned; the same instance when nothing needed it.</summary>
    public static Post Clean(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var title = Clean(post.Title);
        var body = Clean(post.Body);
        var community = Clean(post.Community);
        return ReferenceEquals(title, post.Title) && ReferenceEquals(body, post.Body) && ReferenceEquals(community, post.Community)
            ? post
            : post with { Title = title, Body = body, Community = community };
    }

    /// <summary>The cleaned text; the same string when nothing needed cleaning.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || IsRemoved(c))
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRemoved(char c) =>
        (c < ' ' && c != '\t' && c != '\n')
        || c is >= '\u007F' and <= '\u009F'
        || IsBidiControl(c);

    // U+061C arabic letter mark, U+200E/U+200F marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates.
    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

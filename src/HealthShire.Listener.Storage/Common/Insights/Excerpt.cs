using System.Text;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>The start of a body for a list: whitespace runs collapsed, cut on a word boundary.</summary>
internal static class Excerpt
{
    public const int MaxLength = 240;

    /// <summary>How much of a body the lists read; enough for any excerpt, short of a 40k-character post.</summary>
    public const int ReadLength = 1000;

    private const string Ellipsis = "…";

    /// <param name="start">The body, or its first characters.</param>
    /// <param name="continues">True when <paramref name="start"/> is only the beginning of a longer body.</param>
    public static string Of(string start, bool continues)
    {
        var text = Collapse(start);
        if (text.Length <= MaxLength)
        {
            return continues && text.Length > 0 ? text + Ellipsis : text;
        }

        var cut = text[..(MaxLength + 1)].LastIndexOf(' ');

        // One very long "word" (a URL, a run of emoji) is cut inside it rather than dropped whole.
        var length = cut >= MaxLength / 2 ? cut : MaxLength;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd() + Ellipsis;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength * 2));
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}

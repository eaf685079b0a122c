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

    /// <summary>True when the text has at least two words of letters, the least the model can say anything about.</summary>
    public static bool HasWords(string text)
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

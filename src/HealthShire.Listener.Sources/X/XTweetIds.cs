using System.Diagnostics.CodeAnalysis;

namespace HealthShire.Listener.Sources.X;

/// <summary>Tweet ids are decimal snowflakes: a longer id is newer, equal lengths compare as text.</summary>
internal static class XTweetIds
{
    public static bool IsValid([NotNullWhen(true)] string? id) => !string.IsNullOrEmpty(id) && id.Length <= 20 && id.All(char.IsAsciiDigit);

    public static string? Newest(string? a, string? b)
    {
        if (!IsValid(b))
        {
            return a;
        }

        if (!IsValid(a))
        {
            return b;
        }

        var byLength = a.Length.CompareTo(b.Length);
        return byLength > 0 || (byLength == 0 && string.CompareOrdinal(a, b) >= 0) ? a : b;
    }
}

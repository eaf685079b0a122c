using System.Diagnostics.CodeAnalysis;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Mastodon status ids: decimal strings that grow with time, compared by length then digits (they exceed a long on
/// some servers, so they are never parsed).
/// </summary>
internal static class MastodonIds
{
    private const int MaxLength = 32;

    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(char.IsAsciiDigit);

    /// <summary>Positive when <paramref name="a"/> is newer than <paramref name="b"/>.</summary>
    public static int Compare(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    public static string Newest(string a, string b) => Compare(a, b) >= 0 ? a : b;
}
